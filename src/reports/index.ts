export * from './calendar-csv.ts';
export * from './csv.ts';
export * from './fairness-csv.ts';
export * from './fairness-view.ts';
export * from './giada-csv.ts';
export * from './giada-flow.ts';
export * from './giada-state.ts';
export * from './month-grid.ts';
