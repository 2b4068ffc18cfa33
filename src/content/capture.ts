// The sanitised page capture for the user's help desk, as a module of its own: the content
// script imports it only when the user asks for a capture (see index.ts), so the masking
// vocabulary is not loaded on every court page.
export { capturePage } from '../core/support/capture';
