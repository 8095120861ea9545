import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.js';

export function useTemplates() {
  return useQuery({ queryKey: ['templates'], queryFn: api.templates, staleTime: Number.POSITIVE_INFINITY });
}
