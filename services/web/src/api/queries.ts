import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import type { QueryOf, Resident } from './types';

/*
 * Reads shared by several pages, cached by react-query under stable keys; writes invalidate the key
 * of what they changed ('residents', 'ride-requests', …).
 */

export function useCommunes() {
  return useQuery({
    queryKey: ['communes'],
    queryFn: () => call(api.GET('/communes')),
    staleTime: 10 * 60_000,
  });
}

/** The territory's active places, by name (a territory has tens of them, not thousands). */
export function usePlaces() {
  return useQuery({
    queryKey: ['places', 'active'],
    queryFn: () => call(api.GET('/places', { params: { query: { active: true, pageSize: 100 } } })),
    staleTime: 10 * 60_000,
  });
}

export function useResidents(query: QueryOf<'listResidents'>, enabled = true) {
  return useQuery({
    queryKey: ['residents', 'list', query],
    queryFn: () => call(api.GET('/residents', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useResident(id: string | undefined) {
  return useQuery({
    queryKey: ['residents', 'one', id],
    queryFn: () => call(api.GET('/residents/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

/** Names for a list that only carries resident ids (tasks, ride requests, messages). */
export function useResidentsById(ids: (string | null | undefined)[]) {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))].sort().slice(0, 100);
  const query = useQuery({
    queryKey: ['residents', 'by-id', unique],
    queryFn: () => call(api.GET('/residents', { params: { query: { ids: unique, pageSize: 100 } } })),
    enabled: unique.length > 0,
    staleTime: 60_000,
  });
  return new Map<string, Resident>((query.data?.items ?? []).map((r) => [r.id, r]));
}

export function useVolunteers(query: QueryOf<'listVolunteers'>) {
  return useQuery({
    queryKey: ['volunteers', 'list', query],
    queryFn: () => call(api.GET('/volunteers', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useVolunteer(id: string | undefined) {
  return useQuery({
    queryKey: ['volunteers', 'one', id],
    queryFn: () => call(api.GET('/volunteers/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export function useRideRequests(query: QueryOf<'listRideRequests'>, enabled = true) {
  return useQuery({
    queryKey: ['ride-requests', query],
    queryFn: () => call(api.GET('/ride-requests', { params: { query } })),
    enabled,
  });
}
