/**
 * Start-up: `start.ts` (imported first, so it runs first) opens the learner's storage and picks
 * the interface language while the app's own modules load; then the app mounts.
 */
import { started } from './start';
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';

await started;
mount(App, { target: document.getElementById('app')! });
