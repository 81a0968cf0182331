// What any Lit element costs at the least; the size script's baseline.
import { LitElement, css, html } from 'lit';
customElements.define('size-baseline', class extends LitElement { static styles = css``; render() { return html``; } });
