import { createContext, useContext } from 'react';

/**
 * The groups whose core team I am on, for a page that lists meetings of several groups
 * (Today): there a meeting card does not know my role, and asks here to offer Start.
 */
export const CoreGroupsContext = createContext<ReadonlySet<string>>(new Set());

export const useCoreGroup = (groupId: string) => useContext(CoreGroupsContext).has(groupId);
