import { css } from 'lit';

/**
 * `<incoming-conversation>` in forced colours (Windows high contrast): an offer keeps its thick
 * highlight edge, so a waiting offer stands out from the page around it; Accept (primary) and
 * Reject (secondary) are told apart by the shared button styles.
 */
export const incomingConversationForcedColors = css`
  @media (forced-colors: active) {
    [part='offer'] {
      border-color: Highlight;
    }
    [part='countdown'] {
      color: CanvasText;
    }
  }
`;
