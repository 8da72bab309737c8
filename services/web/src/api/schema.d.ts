/*
 * Generated from the API's OpenAPI document by services/web/scripts/api-types.ts: do not edit.
 * Regenerate with `pnpm --filter @solimob/web api-types` (the web build does it too).
 */

export interface paths {
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with email and password; returns a bearer token shown only once */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke the current session token */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in staff account, what its role may do, and when its session expires */
        get: operations["getCurrentSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the communes of the caller’s territory */
        get: operations["listCommunes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process is up (no dependency is checked) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List SMS and calls, newest first, by status or person (e.g. failed ones to check) */
        get: operations["listMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/places": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List places, sorted by name; `q` matches names and aliases */
        get: operations["listPlaces"];
        put?: never;
        /** Create a named destination (market, health centre, station…) */
        post: operations["createPlace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/places/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one place */
        get: operations["getPlace"];
        put?: never;
        post?: never;
        /** Deactivate a place (past ride requests keep pointing at it) */
        delete: operations["deactivatePlace"];
        options?: never;
        head?: never;
        /** Update a place */
        patch: operations["updatePlace"];
        trace?: never;
    };
    "/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: Postgres and Redis answer within a short timeout */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List residents, sorted by name, with filters and pagination */
        get: operations["listResidents"];
        put?: never;
        /** Create a resident; phone numbers are normalised to E.164 and typed mobile or landline */
        post: operations["createResident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/residents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one resident */
        get: operations["getResident"];
        put?: never;
        post?: never;
        /** Archive a resident (kept for history, never deleted) */
        delete: operations["archiveResident"];
        options?: never;
        head?: never;
        /** Update a resident; a given phones list replaces the current one */
        patch: operations["updateResident"];
        trace?: never;
    };
    "/residents/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident's conversation timeline: SMS and calls in and out, newest first */
        get: operations["listResidentMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ride-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List ride requests by requested time, filtered by status, resident and date range */
        get: operations["listRideRequests"];
        put?: never;
        /** Book a ride for a resident; queues matching and the acknowledgement in one transaction */
        post: operations["createRideRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ride-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one ride request */
        get: operations["getRideRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ride-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a ride request that is not final yet, with a reason */
        post: operations["cancelRideRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the territory’s staff accounts (admin only) */
        get: operations["listStaffUsers"];
        put?: never;
        /** Create a staff account in the caller’s territory (admin only) */
        post: operations["createStaffUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List staff tasks (open by default), the most urgent first */
        get: operations["listStaffTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an open task as done or cancelled, with a note of what was done */
        post: operations["resolveStaffTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List volunteer drivers, sorted by name, with filters and pagination */
        get: operations["listVolunteers"];
        put?: never;
        /** Create a volunteer driver with phones, served communes, availability and absences */
        post: operations["createVolunteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/volunteers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one volunteer driver */
        get: operations["getVolunteer"];
        put?: never;
        post?: never;
        /** Deactivate a volunteer driver (kept for trip history) */
        delete: operations["deactivateVolunteer"];
        options?: never;
        head?: never;
        /** Update a volunteer driver; given lists replace the current ones */
        patch: operations["updateVolunteer"];
        trace?: never;
    };
    "/volunteers/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A volunteer driver's conversation timeline: SMS and calls in and out, newest first */
        get: operations["listVolunteerMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/twilio/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Twilio delivery report for an SMS or call we sent (signed with X-Twilio-Signature)
         * @description Called by Twilio at the statusCallback URL given when sending, with `?messageId=` our message id. The X-Twilio-Signature header must sign the public URL (PUBLIC_BASE_URL + path and query) and every form field. Statuses only move forward; repeated, late and unknown reports answer 204 without effect, so Twilio does not retry them.
         */
        post: operations["recordTwilioStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Error */
        ErrorResponse: {
            error: {
                code: string;
                fields?: {
                    field: string;
                    message: string;
                }[];
                message: string;
                requestId?: string;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                        token: string;
                        user: {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            lastLoginAt: string | null;
                            /** @enum {unknown} */
                            role: "admin" | "coordinator" | "partner" | "read_only";
                            /** Format: uuid */
                            territoryId: string;
                        };
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Session revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCurrentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        expiresAt: string;
                        /** @description The role's permissions ('residents:write', 'messages:read'…), so a client shows only what it may do */
                        permissions: string[];
                        user: {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            lastLoginAt: string | null;
                            /** @enum {unknown} */
                            role: "admin" | "coordinator" | "partner" | "read_only";
                            /** Format: uuid */
                            territoryId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCommunes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            id: string;
                            inseeCode: string;
                            location: {
                                lat: number;
                                lon: number;
                            };
                            name: string;
                            postalCode: string;
                            zone: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMessages: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                residentId?: string;
                /** @description Only messages in one of these statuses (repeat the parameter) */
                status?: ("pending" | "sending" | "sent" | "delivered" | "undelivered" | "failed" | "received")[];
                volunteerDriverId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            /** @description Text sent or received; for a call, what was read out */
                            body: string;
                            /** @enum {unknown} */
                            channel: "sms" | "voice";
                            /** @description The other party's number (E.164) */
                            counterpartPhone: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {unknown} */
                            direction: "inbound" | "outbound";
                            errorCode: string | null;
                            /** Format: uuid */
                            id: string;
                            linkedEntity: {
                                /** Format: uuid */
                                id: string;
                                type: string;
                            } | null;
                            residentId: string | null;
                            sentAt: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "sending" | "sent" | "delivered" | "undelivered" | "failed" | "received";
                            template: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            volunteerDriverId: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPlaces: {
        parameters: {
            query?: {
                active?: boolean;
                communeId?: string;
                kind?: "market" | "health_centre" | "doctor" | "pharmacy" | "france_services" | "station" | "town_hall" | "shop" | "social_venue" | "hospital" | "other";
                page?: number;
                pageSize?: number;
                /** @description Matches the name or an alias, ignoring case */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            address: string | null;
                            aliases: string[];
                            communeId: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            kind: "market" | "health_centre" | "doctor" | "pharmacy" | "france_services" | "station" | "town_hall" | "shop" | "social_venue" | "hospital" | "other";
                            location: {
                                lat: number;
                                lon: number;
                            };
                            name: string;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createPlace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    /** @description Other names residents use; stored lower-case without accents */
                    aliases?: string[];
                    communeId?: string | null;
                    /** @enum {unknown} */
                    kind: "market" | "health_centre" | "doctor" | "pharmacy" | "france_services" | "station" | "town_hall" | "shop" | "social_venue" | "hospital" | "other";
                    location: {
                        lat: number;
                        lon: number;
                    };
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        address: string | null;
                        aliases: string[];
                        communeId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "market" | "health_centre" | "doctor" | "pharmacy" | "france_services" | "station" | "town_hall" | "shop" | "social_venue" | "hospital" | "other";
                        location: {
                            lat: number;
                            lon: number;
                        };
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPlace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        address: string | null;
                        aliases: string[];
                        communeId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "market" | "health_centre" | "doctor" | "pharmacy" | "france_services" | "station" | "town_hall" | "shop" | "social_venue" | "hospital" | "other";
                        location: {
                            lat: number;
                            lon: number;
                        };
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deactivatePlace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        address: string | null;
                        aliases: string[];
                        communeId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "market" | "health_centre" | "doctor" | "pharmacy" | "france_services" | "station" | "town_hall" | "shop" | "social_venue" | "hospital" | "other";
                        location: {
                            lat: number;
                            lon: number;
                        };
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updatePlace: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    address?: string | null;
                    /** @description Other names residents use; stored lower-case without accents */
                    aliases?: string[];
                    communeId?: string | null;
                    /** @enum {unknown} */
                    kind?: "market" | "health_centre" | "doctor" | "pharmacy" | "france_services" | "station" | "town_hall" | "shop" | "social_venue" | "hospital" | "other";
                    location?: {
                        lat: number;
                        lon: number;
                    };
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        address: string | null;
                        aliases: string[];
                        communeId: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "market" | "health_centre" | "doctor" | "pharmacy" | "france_services" | "station" | "town_hall" | "shop" | "social_venue" | "hospital" | "other";
                        location: {
                            lat: number;
                            lon: number;
                        };
                        name: string;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        checks: {
                            /** @enum {string} */
                            postgres: "ok";
                            /** @enum {string} */
                            redis: "ok";
                        };
                        /** @enum {string} */
                        status: "ready";
                    };
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listResidents: {
        parameters: {
            query?: {
                communeId?: string;
                /** @description Only these residents (repeat the parameter), e.g. to name the people in a list */
                ids?: string[];
                page?: number;
                pageSize?: number;
                /** @description A phone number in any French format, matched from its start ('06 39 98', '+33639…'), or words that must all appear in the first or last name, ignoring case and accents */
                q?: string;
                status?: "active" | "paused" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            accessNote: string | null;
                            addressLine: string;
                            /** Format: uuid */
                            communeId: string;
                            consent: {
                                /** Format: date-time */
                                at: string;
                                source: string | null;
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                            location: {
                                lat: number;
                                lon: number;
                            };
                            mobilityNeeds: ("wheelchair" | "walking_aid" | "needs_escort" | "visually_impaired" | "hearing_impaired")[];
                            phones: {
                                e164: string;
                                isPrimary: boolean;
                                /** @enum {unknown} */
                                kind: "mobile" | "landline" | "other";
                            }[];
                            /** @enum {unknown} */
                            preferredChannel: "sms" | "voice" | "staff";
                            /** @enum {unknown} */
                            status: "active" | "paused" | "archived";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createResident: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accessNote?: string | null;
                    addressLine: string;
                    /** Format: uuid */
                    communeId: string;
                    consent?: {
                        /** Format: date-time */
                        at?: string;
                        source: string;
                    } | null;
                    firstName: string;
                    lastName: string;
                    location: {
                        lat: number;
                        lon: number;
                    };
                    mobilityNeeds?: ("wheelchair" | "walking_aid" | "needs_escort" | "visually_impaired" | "hearing_impaired")[];
                    phones?: {
                        isPrimary?: boolean;
                        /** @description As typed ('06 12 34 56 78', '+33 2 97 …'); normalised to E.164, mobile or landline derived */
                        number: string;
                    }[];
                    /** @enum {unknown} */
                    preferredChannel?: "sms" | "voice" | "staff";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessNote: string | null;
                        addressLine: string;
                        /** Format: uuid */
                        communeId: string;
                        consent: {
                            /** Format: date-time */
                            at: string;
                            source: string | null;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        firstName: string;
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        location: {
                            lat: number;
                            lon: number;
                        };
                        mobilityNeeds: ("wheelchair" | "walking_aid" | "needs_escort" | "visually_impaired" | "hearing_impaired")[];
                        phones: {
                            e164: string;
                            isPrimary: boolean;
                            /** @enum {unknown} */
                            kind: "mobile" | "landline" | "other";
                        }[];
                        /** @enum {unknown} */
                        preferredChannel: "sms" | "voice" | "staff";
                        /** @enum {unknown} */
                        status: "active" | "paused" | "archived";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getResident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessNote: string | null;
                        addressLine: string;
                        /** Format: uuid */
                        communeId: string;
                        consent: {
                            /** Format: date-time */
                            at: string;
                            source: string | null;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        firstName: string;
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        location: {
                            lat: number;
                            lon: number;
                        };
                        mobilityNeeds: ("wheelchair" | "walking_aid" | "needs_escort" | "visually_impaired" | "hearing_impaired")[];
                        phones: {
                            e164: string;
                            isPrimary: boolean;
                            /** @enum {unknown} */
                            kind: "mobile" | "landline" | "other";
                        }[];
                        /** @enum {unknown} */
                        preferredChannel: "sms" | "voice" | "staff";
                        /** @enum {unknown} */
                        status: "active" | "paused" | "archived";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    archiveResident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessNote: string | null;
                        addressLine: string;
                        /** Format: uuid */
                        communeId: string;
                        consent: {
                            /** Format: date-time */
                            at: string;
                            source: string | null;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        firstName: string;
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        location: {
                            lat: number;
                            lon: number;
                        };
                        mobilityNeeds: ("wheelchair" | "walking_aid" | "needs_escort" | "visually_impaired" | "hearing_impaired")[];
                        phones: {
                            e164: string;
                            isPrimary: boolean;
                            /** @enum {unknown} */
                            kind: "mobile" | "landline" | "other";
                        }[];
                        /** @enum {unknown} */
                        preferredChannel: "sms" | "voice" | "staff";
                        /** @enum {unknown} */
                        status: "active" | "paused" | "archived";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateResident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    accessNote?: string | null;
                    addressLine?: string;
                    /** Format: uuid */
                    communeId?: string;
                    consent?: {
                        /** Format: date-time */
                        at?: string;
                        source: string;
                    } | null;
                    firstName?: string;
                    lastName?: string;
                    location?: {
                        lat: number;
                        lon: number;
                    };
                    mobilityNeeds?: ("wheelchair" | "walking_aid" | "needs_escort" | "visually_impaired" | "hearing_impaired")[];
                    phones?: {
                        isPrimary?: boolean;
                        /** @description As typed ('06 12 34 56 78', '+33 2 97 …'); normalised to E.164, mobile or landline derived */
                        number: string;
                    }[];
                    /** @enum {unknown} */
                    preferredChannel?: "sms" | "voice" | "staff";
                    /** @enum {unknown} */
                    status?: "active" | "paused" | "archived";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        accessNote: string | null;
                        addressLine: string;
                        /** Format: uuid */
                        communeId: string;
                        consent: {
                            /** Format: date-time */
                            at: string;
                            source: string | null;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        firstName: string;
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        location: {
                            lat: number;
                            lon: number;
                        };
                        mobilityNeeds: ("wheelchair" | "walking_aid" | "needs_escort" | "visually_impaired" | "hearing_impaired")[];
                        phones: {
                            e164: string;
                            isPrimary: boolean;
                            /** @enum {unknown} */
                            kind: "mobile" | "landline" | "other";
                        }[];
                        /** @enum {unknown} */
                        preferredChannel: "sms" | "voice" | "staff";
                        /** @enum {unknown} */
                        status: "active" | "paused" | "archived";
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listResidentMessages: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Only messages in one of these statuses (repeat the parameter) */
                status?: ("pending" | "sending" | "sent" | "delivered" | "undelivered" | "failed" | "received")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            /** @description Text sent or received; for a call, what was read out */
                            body: string;
                            /** @enum {unknown} */
                            channel: "sms" | "voice";
                            /** @description The other party's number (E.164) */
                            counterpartPhone: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {unknown} */
                            direction: "inbound" | "outbound";
                            errorCode: string | null;
                            /** Format: uuid */
                            id: string;
                            linkedEntity: {
                                /** Format: uuid */
                                id: string;
                                type: string;
                            } | null;
                            residentId: string | null;
                            sentAt: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "sending" | "sent" | "delivered" | "undelivered" | "failed" | "received";
                            template: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            volunteerDriverId: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listRideRequests: {
        parameters: {
            query?: {
                /** @description Requested time at or after this instant */
                from?: string;
                page?: number;
                pageSize?: number;
                residentId?: string;
                /** @description Only requests in one of these statuses (repeat the parameter: status=received&status=unmet) */
                status?: ("received" | "matching" | "offered" | "matched" | "completed" | "cancelled" | "unmet")[];
                /** @description Requested time strictly before this instant */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @enum {unknown} */
                            channel: "sms" | "voice" | "staff" | "web" | "api";
                            /** Format: date-time */
                            createdAt: string;
                            createdByStaffId: string | null;
                            destination: {
                                label: string;
                                lat: number;
                                lon: number;
                                placeId: string | null;
                            };
                            /** Format: uuid */
                            id: string;
                            needs: ("wheelchair" | "walking_aid" | "needs_escort" | "visually_impaired" | "hearing_impaired")[];
                            origin: {
                                label: string;
                                lat: number;
                                lon: number;
                                placeId: string | null;
                            };
                            passengers: number;
                            /** @enum {unknown} */
                            purpose: "health" | "shopping" | "market" | "administrative" | "social" | "employment" | "other";
                            /** Format: date-time */
                            requestedTime: string;
                            /** Format: uuid */
                            residentId: string;
                            returnTime: string | null;
                            /** @enum {unknown} */
                            status: "received" | "matching" | "offered" | "matched" | "completed" | "cancelled" | "unmet";
                            statusReason: string | null;
                            /** @enum {unknown} */
                            timeAnchor: "pickup" | "arrival";
                            toleranceMinutes: number;
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createRideRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    destination: {
                        label?: string;
                        lat?: number;
                        lon?: number;
                        /** Format: uuid */
                        placeId?: string;
                    };
                    /** @description Defaults to the resident's mobility needs */
                    needs?: ("wheelchair" | "walking_aid" | "needs_escort" | "visually_impaired" | "hearing_impaired")[];
                    /** @description Defaults to the resident's home */
                    origin?: {
                        label?: string;
                        lat?: number;
                        lon?: number;
                        /** Format: uuid */
                        placeId?: string;
                    };
                    passengers?: number;
                    /** @enum {unknown} */
                    purpose: "health" | "shopping" | "market" | "administrative" | "social" | "employment" | "other";
                    /** Format: date-time */
                    requestedTime: string;
                    /** Format: uuid */
                    residentId: string;
                    /** @description Pick-up time for the way back, if a return trip is wanted */
                    returnTime?: string | null;
                    /**
                     * @description Whether requestedTime is the pick-up time or the time to be at the destination
                     * @enum {unknown}
                     */
                    timeAnchor: "pickup" | "arrival";
                    toleranceMinutes?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        channel: "sms" | "voice" | "staff" | "web" | "api";
                        /** Format: date-time */
                        createdAt: string;
                        createdByStaffId: string | null;
                        destination: {
                            label: string;
                            lat: number;
                            lon: number;
                            placeId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        needs: ("wheelchair" | "walking_aid" | "needs_escort" | "visually_impaired" | "hearing_impaired")[];
                        origin: {
                            label: string;
                            lat: number;
                            lon: number;
                            placeId: string | null;
                        };
                        passengers: number;
                        /** @enum {unknown} */
                        purpose: "health" | "shopping" | "market" | "administrative" | "social" | "employment" | "other";
                        /** Format: date-time */
                        requestedTime: string;
                        /** Format: uuid */
                        residentId: string;
                        returnTime: string | null;
                        /** @enum {unknown} */
                        status: "received" | "matching" | "offered" | "matched" | "completed" | "cancelled" | "unmet";
                        statusReason: string | null;
                        /** @enum {unknown} */
                        timeAnchor: "pickup" | "arrival";
                        toleranceMinutes: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getRideRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        channel: "sms" | "voice" | "staff" | "web" | "api";
                        /** Format: date-time */
                        createdAt: string;
                        createdByStaffId: string | null;
                        destination: {
                            label: string;
                            lat: number;
                            lon: number;
                            placeId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        needs: ("wheelchair" | "walking_aid" | "needs_escort" | "visually_impaired" | "hearing_impaired")[];
                        origin: {
                            label: string;
                            lat: number;
                            lon: number;
                            placeId: string | null;
                        };
                        passengers: number;
                        /** @enum {unknown} */
                        purpose: "health" | "shopping" | "market" | "administrative" | "social" | "employment" | "other";
                        /** Format: date-time */
                        requestedTime: string;
                        /** Format: uuid */
                        residentId: string;
                        returnTime: string | null;
                        /** @enum {unknown} */
                        status: "received" | "matching" | "offered" | "matched" | "completed" | "cancelled" | "unmet";
                        statusReason: string | null;
                        /** @enum {unknown} */
                        timeAnchor: "pickup" | "arrival";
                        toleranceMinutes: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancelRideRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Machine-readable reason, e.g. 'resident_cancelled', 'duplicate' */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        channel: "sms" | "voice" | "staff" | "web" | "api";
                        /** Format: date-time */
                        createdAt: string;
                        createdByStaffId: string | null;
                        destination: {
                            label: string;
                            lat: number;
                            lon: number;
                            placeId: string | null;
                        };
                        /** Format: uuid */
                        id: string;
                        needs: ("wheelchair" | "walking_aid" | "needs_escort" | "visually_impaired" | "hearing_impaired")[];
                        origin: {
                            label: string;
                            lat: number;
                            lon: number;
                            placeId: string | null;
                        };
                        passengers: number;
                        /** @enum {unknown} */
                        purpose: "health" | "shopping" | "market" | "administrative" | "social" | "employment" | "other";
                        /** Format: date-time */
                        requestedTime: string;
                        /** Format: uuid */
                        residentId: string;
                        returnTime: string | null;
                        /** @enum {unknown} */
                        status: "received" | "matching" | "offered" | "matched" | "completed" | "cancelled" | "unmet";
                        statusReason: string | null;
                        /** @enum {unknown} */
                        timeAnchor: "pickup" | "arrival";
                        toleranceMinutes: number;
                        /** Format: date-time */
                        updatedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listStaffUsers: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            displayName: string;
                            email: string;
                            /** Format: uuid */
                            id: string;
                            lastLoginAt: string | null;
                            /** @enum {unknown} */
                            role: "admin" | "coordinator" | "partner" | "read_only";
                            /** Format: uuid */
                            territoryId: string;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createStaffUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    displayName: string;
                    /** Format: email */
                    email: string;
                    password: string;
                    /** @enum {unknown} */
                    role: "admin" | "coordinator" | "partner" | "read_only";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        /** Format: date-time */
                        createdAt: string;
                        displayName: string;
                        email: string;
                        /** Format: uuid */
                        id: string;
                        lastLoginAt: string | null;
                        /** @enum {unknown} */
                        role: "admin" | "coordinator" | "partner" | "read_only";
                        /** Format: uuid */
                        territoryId: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listStaffTasks: {
        parameters: {
            query?: {
                kind?: "callback" | "voicemail" | "unknown_caller" | "unmet_request" | "undelivered_message" | "other";
                page?: number;
                pageSize?: number;
                residentId?: string;
                /** @description Default 'open' */
                status?: "open" | "done" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            createdAt: string;
                            dueAt: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            kind: "callback" | "voicemail" | "unknown_caller" | "unmet_request" | "undelivered_message" | "other";
                            linkedEntity: {
                                /** Format: uuid */
                                id: string;
                                type: string;
                            } | null;
                            phone: string | null;
                            recording: {
                                seconds: number | null;
                                url: string;
                            } | null;
                            residentId: string | null;
                            resolutionNote: string | null;
                            resolvedAt: string | null;
                            resolvedByStaffId: string | null;
                            /** @enum {unknown} */
                            status: "open" | "done" | "cancelled";
                            summary: string;
                            volunteerDriverId: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    resolveStaffTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description What was done */
                    note?: string;
                    /**
                     * @description 'done' once handled, 'cancelled' if moot
                     * @enum {unknown}
                     */
                    outcome: "done" | "cancelled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        createdAt: string;
                        dueAt: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "callback" | "voicemail" | "unknown_caller" | "unmet_request" | "undelivered_message" | "other";
                        linkedEntity: {
                            /** Format: uuid */
                            id: string;
                            type: string;
                        } | null;
                        phone: string | null;
                        recording: {
                            seconds: number | null;
                            url: string;
                        } | null;
                        residentId: string | null;
                        resolutionNote: string | null;
                        resolvedAt: string | null;
                        resolvedByStaffId: string | null;
                        /** @enum {unknown} */
                        status: "open" | "done" | "cancelled";
                        summary: string;
                        volunteerDriverId: string | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listVolunteers: {
        parameters: {
            query?: {
                active?: boolean;
                communeId?: string;
                page?: number;
                pageSize?: number;
                /** @description A phone number in any French format, matched from its start, or words that must all appear in the first or last name, ignoring case and accents */
                q?: string;
                wheelchairCapable?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            absences: {
                                /** Format: date */
                                endsOn: string;
                                /** Format: date */
                                startsOn: string;
                            }[];
                            active: boolean;
                            availabilities: {
                                end: string;
                                start: string;
                                weekday: number;
                            }[];
                            /** Format: uuid */
                            communeId: string;
                            /** Format: date-time */
                            createdAt: string;
                            firstName: string;
                            homeLocation: {
                                lat: number;
                                lon: number;
                            };
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                            maxDistanceKm: number | null;
                            monthlyTripCap: number | null;
                            phones: {
                                e164: string;
                                isPrimary: boolean;
                                /** @enum {unknown} */
                                kind: "mobile" | "landline" | "other";
                            }[];
                            seats: number;
                            servedCommuneIds: string[];
                            /** Format: date-time */
                            updatedAt: string;
                            wheelchairCapable: boolean;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    absences?: {
                        /** Format: date */
                        endsOn: string;
                        /** Format: date */
                        startsOn: string;
                    }[];
                    active?: boolean;
                    availabilities?: {
                        /** @description HH:MM, local time */
                        end: string;
                        /** @description HH:MM, local time */
                        start: string;
                        /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                        weekday: number;
                    }[];
                    /** Format: uuid */
                    communeId: string;
                    firstName: string;
                    homeLocation: {
                        lat: number;
                        lon: number;
                    };
                    lastName: string;
                    /** @description Alternative to served communes: any pick-up within this road distance of home */
                    maxDistanceKm?: number | null;
                    monthlyTripCap?: number | null;
                    phones: {
                        isPrimary?: boolean;
                        /** @description As typed ('06 12 34 56 78', '+33 2 97 …'); normalised to E.164, mobile or landline derived */
                        number: string;
                    }[];
                    seats?: number;
                    /** @description Communes whose residents the volunteer drives */
                    servedCommuneIds?: string[];
                    wheelchairCapable?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        absences: {
                            /** Format: date */
                            endsOn: string;
                            /** Format: date */
                            startsOn: string;
                        }[];
                        active: boolean;
                        availabilities: {
                            end: string;
                            start: string;
                            weekday: number;
                        }[];
                        /** Format: uuid */
                        communeId: string;
                        /** Format: date-time */
                        createdAt: string;
                        firstName: string;
                        homeLocation: {
                            lat: number;
                            lon: number;
                        };
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        maxDistanceKm: number | null;
                        monthlyTripCap: number | null;
                        phones: {
                            e164: string;
                            isPrimary: boolean;
                            /** @enum {unknown} */
                            kind: "mobile" | "landline" | "other";
                        }[];
                        seats: number;
                        servedCommuneIds: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        wheelchairCapable: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        absences: {
                            /** Format: date */
                            endsOn: string;
                            /** Format: date */
                            startsOn: string;
                        }[];
                        active: boolean;
                        availabilities: {
                            end: string;
                            start: string;
                            weekday: number;
                        }[];
                        /** Format: uuid */
                        communeId: string;
                        /** Format: date-time */
                        createdAt: string;
                        firstName: string;
                        homeLocation: {
                            lat: number;
                            lon: number;
                        };
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        maxDistanceKm: number | null;
                        monthlyTripCap: number | null;
                        phones: {
                            e164: string;
                            isPrimary: boolean;
                            /** @enum {unknown} */
                            kind: "mobile" | "landline" | "other";
                        }[];
                        seats: number;
                        servedCommuneIds: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        wheelchairCapable: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deactivateVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        absences: {
                            /** Format: date */
                            endsOn: string;
                            /** Format: date */
                            startsOn: string;
                        }[];
                        active: boolean;
                        availabilities: {
                            end: string;
                            start: string;
                            weekday: number;
                        }[];
                        /** Format: uuid */
                        communeId: string;
                        /** Format: date-time */
                        createdAt: string;
                        firstName: string;
                        homeLocation: {
                            lat: number;
                            lon: number;
                        };
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        maxDistanceKm: number | null;
                        monthlyTripCap: number | null;
                        phones: {
                            e164: string;
                            isPrimary: boolean;
                            /** @enum {unknown} */
                            kind: "mobile" | "landline" | "other";
                        }[];
                        seats: number;
                        servedCommuneIds: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        wheelchairCapable: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateVolunteer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    absences?: {
                        /** Format: date */
                        endsOn: string;
                        /** Format: date */
                        startsOn: string;
                    }[];
                    active?: boolean;
                    availabilities?: {
                        /** @description HH:MM, local time */
                        end: string;
                        /** @description HH:MM, local time */
                        start: string;
                        /** @description ISO weekday: 1 = Monday … 7 = Sunday */
                        weekday: number;
                    }[];
                    /** Format: uuid */
                    communeId?: string;
                    firstName?: string;
                    homeLocation?: {
                        lat: number;
                        lon: number;
                    };
                    lastName?: string;
                    /** @description Alternative to served communes: any pick-up within this road distance of home */
                    maxDistanceKm?: number | null;
                    monthlyTripCap?: number | null;
                    phones?: {
                        isPrimary?: boolean;
                        /** @description As typed ('06 12 34 56 78', '+33 2 97 …'); normalised to E.164, mobile or landline derived */
                        number: string;
                    }[];
                    seats?: number;
                    /** @description Communes whose residents the volunteer drives */
                    servedCommuneIds?: string[];
                    wheelchairCapable?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        absences: {
                            /** Format: date */
                            endsOn: string;
                            /** Format: date */
                            startsOn: string;
                        }[];
                        active: boolean;
                        availabilities: {
                            end: string;
                            start: string;
                            weekday: number;
                        }[];
                        /** Format: uuid */
                        communeId: string;
                        /** Format: date-time */
                        createdAt: string;
                        firstName: string;
                        homeLocation: {
                            lat: number;
                            lon: number;
                        };
                        /** Format: uuid */
                        id: string;
                        lastName: string;
                        maxDistanceKm: number | null;
                        monthlyTripCap: number | null;
                        phones: {
                            e164: string;
                            isPrimary: boolean;
                            /** @enum {unknown} */
                            kind: "mobile" | "landline" | "other";
                        }[];
                        seats: number;
                        servedCommuneIds: string[];
                        /** Format: date-time */
                        updatedAt: string;
                        wheelchairCapable: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listVolunteerMessages: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Only messages in one of these statuses (repeat the parameter) */
                status?: ("pending" | "sending" | "sent" | "delivered" | "undelivered" | "failed" | "received")[];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attempts: number;
                            /** @description Text sent or received; for a call, what was read out */
                            body: string;
                            /** @enum {unknown} */
                            channel: "sms" | "voice";
                            /** @description The other party's number (E.164) */
                            counterpartPhone: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** @enum {unknown} */
                            direction: "inbound" | "outbound";
                            errorCode: string | null;
                            /** Format: uuid */
                            id: string;
                            linkedEntity: {
                                /** Format: uuid */
                                id: string;
                                type: string;
                            } | null;
                            residentId: string | null;
                            sentAt: string | null;
                            /** @enum {unknown} */
                            status: "pending" | "sending" | "sent" | "delivered" | "undelivered" | "failed" | "received";
                            template: string | null;
                            /** Format: date-time */
                            updatedAt: string;
                            volunteerDriverId: string | null;
                        }[];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    recordTwilioStatus: {
        parameters: {
            query?: {
                /** @description Our message id, set in the callback URL we give Twilio */
                messageId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Twilio's status callback form, every field signed */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @description AC…, the account that sent the message */
                    AccountSid?: string;
                    /** @description CA…, for a voice call */
                    CallSid?: string;
                    /** @description initiated, ringing, completed, busy, no-answer… */
                    CallStatus?: string;
                    /** @description Twilio error code, e.g. 30003 (unreachable) */
                    ErrorCode?: string;
                    /** @description SM…/MM…, for an SMS */
                    MessageSid?: string;
                    /** @description queued, sent, delivered, undelivered, failed… */
                    MessageStatus?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Recorded, or nothing to record */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
