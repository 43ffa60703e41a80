// The worker thread that draws PNG exports (png.ts): each file's bytes go back without a copy.
import { serveTasks } from '../workers/worker-task.js';
import { drawPng, type PngTask } from './png.js';

// A small file may sit in a shared pool buffer, which is copied rather than handed over.
serveTasks<PngTask, Uint8Array>(drawPng, (png) =>
  png.byteLength === png.buffer.byteLength ? [png.buffer as ArrayBuffer] : [],
);
