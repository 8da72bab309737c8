import { useInfiniteQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { Message } from '../api/types';
import { messageKindLabel, messageStatusLabels } from '../i18n/labels';
import { formatDateTime, formatPhone } from '../lib/format';
import { Badge, type BadgeTone, LoadState } from './Feedback';

const PAGE_SIZE = 20;

const statusTone: Record<Message['status'], BadgeTone> = {
  pending: 'neutral',
  sending: 'neutral',
  sent: 'info',
  delivered: 'success',
  undelivered: 'danger',
  failed: 'danger',
  received: 'info',
};

/** One person's SMS and calls, in and out, newest first, with "older messages" to page back. */
export function ConversationTimeline({
  person,
}: {
  person: { residentId: string } | { volunteerId: string };
}) {
  const key =
    'residentId' in person
      ? ['messages', 'resident', person.residentId]
      : ['messages', 'volunteer', person.volunteerId];
  const query = useInfiniteQuery({
    queryKey: key,
    initialPageParam: 1,
    queryFn: ({ pageParam }) => {
      const query = { page: pageParam, pageSize: PAGE_SIZE };
      return 'residentId' in person
        ? call(api.GET('/residents/{id}/messages', { params: { path: { id: person.residentId }, query } }))
        : call(api.GET('/volunteers/{id}/messages', { params: { path: { id: person.volunteerId }, query } }));
    },
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
  const messages = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Conversations (SMS et appels)</h2>
      <LoadState loading={query.isPending} error={query.error} label="Conversations" />
      {query.isSuccess && messages.length === 0 && (
        <p className="empty">Aucun SMS ni appel pour le moment.</p>
      )}
      <ol className="messages">
        {messages.map((message) => (
          <li key={message.id} className={`message message-${message.direction}`}>
            <p className="message-head">
              <strong>{messageKindLabel(message)}</strong>
              <span>{formatDateTime(message.createdAt)}</span>
              <span className="muted">{formatPhone(message.counterpartPhone)}</span>
              <Badge tone={statusTone[message.status]}>{messageStatusLabels[message.status]}</Badge>
              {message.errorCode && <span className="muted">code d'erreur {message.errorCode}</span>}
            </p>
            <p className="message-body">{message.body}</p>
          </li>
        ))}
      </ol>
      {query.hasNextPage && (
        <button
          type="button"
          className="secondary"
          disabled={query.isFetchingNextPage}
          onClick={() => void query.fetchNextPage()}
        >
          {query.isFetchingNextPage ? 'Chargement…' : 'Messages plus anciens'}
        </button>
      )}
    </section>
  );
}
