// A host that uses Lit itself, and the kit: one copy of Lit in the bundle.
import { LitElement, html } from 'lit';
import 'engagement-hub-elements';
customElements.define('host-greeting', class extends LitElement {
  render() {
    return html`<p>Hello</p>`;
  }
});
