export * from './optimiser';
export * from './providers';
