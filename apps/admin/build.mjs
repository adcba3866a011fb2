// Copies the placeholder page to dist/, where the server looks for the console.
import { cpSync, mkdirSync } from 'node:fs';

mkdirSync(new URL('./dist/', import.meta.url), { recursive: true });
cpSync(new URL('./index.html', import.meta.url), new URL('./dist/index.html', import.meta.url));
