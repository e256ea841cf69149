import type { Craving, CravingInput, CravingTrigger } from '../../shared/recovery/cravings.js';
import { apiRequest } from './client.js';

export type { Craving, CravingInput, CravingTrigger };

export const logCraving = (input: CravingInput) => apiRequest<Craving>('POST', '/api/cravings', input);
export const listCravings = (from: Date, to: Date) =>
  apiRequest<Craving[]>(
    'GET',
    `/api/cravings?from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`,
  );
export const deleteCraving = (id: string) => apiRequest<void>('DELETE', `/api/cravings/${encodeURIComponent(id)}`);
