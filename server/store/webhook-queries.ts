import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { WebhookDelivery, WebhookEndpoint } from '../../protocol/http-api.js';
import type { WebhookEventType } from '../../protocol/webhook-events.js';
import type { Database } from './database.js';
import type { ClaimedDelivery, WebhookStore } from './webhook-store.js';

type EndpointRow = Selectable<Database['webhook_endpoints']>;

function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    siteId: row.site_id,
    url: row.url,
    events: JSON.parse(row.events) as WebhookEventType[],
    isEnabled: Number(row.is_enabled) === 1,
    createdAt: Number(row.created_at),
  };
}

/** A delivery nobody holds: never leased, or its lease ran out (its process died or stalled). */
function isLeaseFree(now: number) {
  return (builder: ExpressionBuilder<Database, 'webhook_deliveries'>) =>
    builder.or([builder('lease_until', 'is', null), builder('lease_until', '<', now)]);
}

/** The webhook part of the store over any engine Kysely speaks. */
export function webhookQueries(db: Kysely<Database>): WebhookStore {
  return {
    async createWebhookEndpoint(endpoint) {
      await db
        .insertInto('webhook_endpoints')
        .values({
          id: endpoint.id,
          site_id: endpoint.siteId,
          url: endpoint.url,
          secret: endpoint.secret,
          events: JSON.stringify(endpoint.events),
          is_enabled: endpoint.isEnabled ? 1 : 0,
          created_at: endpoint.createdAt,
        })
        .execute();
    },

    async listWebhookEndpoints(siteId) {
      const rows = await db
        .selectFrom('webhook_endpoints')
        .selectAll()
        .where('site_id', '=', siteId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toEndpoint);
    },

    async findWebhookSecret(siteId, endpointId) {
      const row = await db
        .selectFrom('webhook_endpoints')
        .select('secret')
        .where('site_id', '=', siteId)
        .where('id', '=', endpointId)
        .executeTakeFirst();
      return row?.secret ?? null;
    },

    async updateWebhookEndpoint(siteId, endpointId, changes) {
      const row = await db
        .updateTable('webhook_endpoints')
        .set({
          ...(changes.url === undefined ? {} : { url: changes.url }),
          ...(changes.events === undefined ? {} : { events: JSON.stringify(changes.events) }),
          ...(changes.isEnabled === undefined ? {} : { is_enabled: changes.isEnabled ? 1 : 0 }),
        })
        .where('site_id', '=', siteId)
        .where('id', '=', endpointId)
        .returningAll()
        .executeTakeFirst();
      return row ? toEndpoint(row) : null;
    },

    deleteWebhookEndpoint: (siteId, endpointId) =>
      db.transaction().execute(async (transaction) => {
        const endpoint = await transaction
          .selectFrom('webhook_endpoints')
          .select('id')
          .where('site_id', '=', siteId)
          .where('id', '=', endpointId)
          .executeTakeFirst();
        if (!endpoint) return false;
        const deliveries = transaction
          .selectFrom('webhook_deliveries')
          .select('id')
          .where('endpoint_id', '=', endpointId);
        await transaction.deleteFrom('webhook_attempts').where('delivery_id', 'in', deliveries).execute();
        await transaction.deleteFrom('webhook_deliveries').where('endpoint_id', '=', endpointId).execute();
        await transaction.deleteFrom('webhook_endpoints').where('id', '=', endpointId).execute();
        return true;
      }),

    async claimDueDeliveries({ nodeId, now, leaseMs, limit }) {
      const candidates = await db
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .where(isLeaseFree(now))
        .where(
          'endpoint_id',
          'in',
          db.selectFrom('webhook_endpoints').select('id').where('is_enabled', '=', 1),
        )
        .orderBy('next_attempt_at')
        .limit(limit)
        .execute();
      const claimed: string[] = [];
      for (const { id } of candidates) {
        // The compare-and-set: the lease is taken only if it is still free, whoever else asks at once.
        const result = await db
          .updateTable('webhook_deliveries')
          .set({ lease_owner: nodeId, lease_until: now + leaseMs })
          .where('id', '=', id)
          .where('status', '=', 'pending')
          .where(isLeaseFree(now))
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 1) claimed.push(id);
      }
      if (claimed.length === 0) return [];
      const rows = await db
        .selectFrom('webhook_deliveries')
        .innerJoin('webhook_endpoints', 'webhook_endpoints.id', 'webhook_deliveries.endpoint_id')
        .select([
          'webhook_deliveries.id',
          'webhook_deliveries.endpoint_id',
          'webhook_endpoints.url',
          'webhook_endpoints.secret',
          'webhook_deliveries.event_type',
          'webhook_deliveries.payload',
          'webhook_deliveries.attempts',
        ])
        .where('webhook_deliveries.id', 'in', claimed)
        .orderBy('webhook_deliveries.next_attempt_at')
        .execute();
      return rows.map((row): ClaimedDelivery => ({
        id: row.id,
        endpointId: row.endpoint_id,
        url: row.url,
        secret: row.secret,
        eventType: row.event_type as WebhookEventType,
        payload: row.payload,
        attempts: Number(row.attempts),
      }));
    },

    recordDeliveryAttempt: ({ deliveryId, nodeId, attempt, outcome }) =>
      db.transaction().execute(async (transaction) => {
        const result = await transaction
          .updateTable('webhook_deliveries')
          .set({
            status: outcome.status,
            attempts: attempt.number,
            next_attempt_at: outcome.status === 'pending' ? outcome.nextAttemptAt : attempt.at,
            last_status_code: attempt.statusCode,
            last_error: attempt.error,
            lease_owner: null,
            lease_until: null,
            updated_at: attempt.at,
          })
          .where('id', '=', deliveryId)
          .where('lease_owner', '=', nodeId)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return false;
        await transaction
          .insertInto('webhook_attempts')
          .values({
            id: `${deliveryId}.${attempt.number}`,
            delivery_id: deliveryId,
            number: attempt.number,
            at: attempt.at,
            duration_ms: attempt.durationMs,
            status_code: attempt.statusCode,
            error: attempt.error,
          })
          .execute();
        return true;
      }),

    async listWebhookDeliveries(siteId, limit) {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .innerJoin('webhook_endpoints', 'webhook_endpoints.id', 'webhook_deliveries.endpoint_id')
        .select([
          'webhook_deliveries.id',
          'webhook_deliveries.endpoint_id',
          'webhook_endpoints.url',
          'webhook_deliveries.event_id',
          'webhook_deliveries.event_type',
          'webhook_deliveries.conversation_id',
          'webhook_deliveries.status',
          'webhook_deliveries.next_attempt_at',
          'webhook_deliveries.created_at',
        ])
        .where('webhook_deliveries.site_id', '=', siteId)
        .orderBy('webhook_deliveries.created_at', 'desc')
        .orderBy('webhook_deliveries.event_id', 'desc')
        .limit(limit)
        .execute();
      if (rows.length === 0) return [];
      const attempts = await db
        .selectFrom('webhook_attempts')
        .selectAll()
        .where(
          'delivery_id',
          'in',
          rows.map((row) => row.id),
        )
        .orderBy('number')
        .execute();
      return rows.map((row): WebhookDelivery => ({
        id: row.id,
        endpointId: row.endpoint_id,
        endpointUrl: row.url,
        eventId: row.event_id,
        eventType: row.event_type as WebhookEventType,
        conversationId: row.conversation_id,
        status: row.status as WebhookDelivery['status'],
        nextAttemptAt: row.status === 'pending' ? Number(row.next_attempt_at) : null,
        createdAt: Number(row.created_at),
        attempts: attempts
          .filter((attempt) => attempt.delivery_id === row.id)
          .map((attempt) => ({
            number: Number(attempt.number),
            at: Number(attempt.at),
            durationMs: Number(attempt.duration_ms),
            statusCode: attempt.status_code === null ? null : Number(attempt.status_code),
            error: attempt.error,
          })),
      }));
    },
  };
}
