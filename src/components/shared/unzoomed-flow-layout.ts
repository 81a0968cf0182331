import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import type { virtualize } from '@lit-labs/virtualizer/virtualize.js';

/**
 * The virtualizer's flow layout, measuring rows in the list's own CSS pixels.
 *
 * The stock layout measures a row with `getBoundingClientRect()`, which is scaled by any CSS
 * `zoom` on an ancestor, while it positions rows in unscaled pixels: in a host page that zooms a
 * container (`zoom: 2`), rows came out spaced twice their height apart. Dividing by the row's
 * `currentCSSZoom` (1 where the browser lacks it) gives back the unscaled size.
 */
export class UnzoomedFlowLayout extends FlowLayout {
  // The base class declares `measureChildren` as a boolean; the virtualizer also takes a function.
  override get measureChildren(): boolean {
    return measureUnzoomed as unknown as boolean;
  }
}

const measureUnzoomed = (element: Element) => {
  const { width, height } = element.getBoundingClientRect();
  const zoom = (element as Element & { currentCSSZoom?: number }).currentCSSZoom || 1;
  const style = getComputedStyle(element);
  return {
    width: width / zoom,
    height: height / zoom,
    marginTop: parseFloat(style.marginTop) || 0,
    marginRight: parseFloat(style.marginRight) || 0,
    marginBottom: parseFloat(style.marginBottom) || 0,
    marginLeft: parseFloat(style.marginLeft) || 0,
  };
};

/** Pass as `virtualize({layout: unzoomedFlow})`; one object, so re-renders keep the layout. */
export const unzoomedFlow: NonNullable<NonNullable<Parameters<typeof virtualize>[0]>['layout']> = { type: UnzoomedFlowLayout };
