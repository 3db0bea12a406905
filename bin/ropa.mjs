#!/usr/bin/env node
// Runs the TypeScript CLI straight from the sources, so `npx ropa` works in a fresh clone without a
// build step: tsx compiles each module on import.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../cli/main.ts', import.meta.url).href);
