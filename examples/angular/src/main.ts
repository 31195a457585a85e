import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';

// Angular 21 is zoneless by default: signals drive change detection.
bootstrapApplication(App).catch((error: unknown) => console.error(error));
