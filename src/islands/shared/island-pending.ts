/**
 * An island built empty whose browser-only start (a link's answers, a saved draft) is applied once
 * hydrated. PendingIsland.astro marks <html> with this attribute before the island is parsed when
 * there is such a start, and keeps the island out of sight while it is set (island-pending.css),
 * so the answers appear in place rather than replacing the empty form in view.
 */
export const ISLAND_PENDING_ATTRIBUTE = 'data-island-pending';

/** The island now shows the browser's start: let it be seen. Called after that render is committed. */
export const showIsland = () => document.documentElement.removeAttribute(ISLAND_PENDING_ATTRIBUTE);
