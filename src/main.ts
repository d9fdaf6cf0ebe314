/**
 * Start-up, in import order, which is the order the modules run in: `open-early.ts` starts
 * opening the learner's database, `start.ts` opens their progress and picks the interface
 * language while the app's own modules load; then the app mounts.
 */
import './lib/progress/open-early';
import { started } from './start';
import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';

await started;
mount(App, { target: document.getElementById('app')! });
