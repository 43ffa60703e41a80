// The worker thread that draws PNG exports (png.ts): each file's bytes go back without a copy.
import { handOver, serveTasks } from '../workers/worker-task.js';
import { drawPng, type PngTask } from './png.js';

serveTasks<PngTask, Uint8Array>(drawPng, (png) => handOver(png));
