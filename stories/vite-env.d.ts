/// <reference types="vite/client" />
// Storybook is built by Vite: `?raw` imports and `import.meta.glob` (the no-JS fallback stories).
