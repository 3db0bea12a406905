// The menus, tooltips and pickers of the first screen (afterFirstPaint.tsx): a chunk of their own,
// with the positioning library they share, fetched once that screen is painted. In the first
// chunk, they were 80 KB of the JavaScript loaded before the first rows (737 KB).
export { Menu, Select, Tooltip } from '@mantine/core';
