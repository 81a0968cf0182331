import { createApp } from 'vue';
import 'engagement-hub-elements';
import App from './App.vue';

createApp(App).mount('#app');
