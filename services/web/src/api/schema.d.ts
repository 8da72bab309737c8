/*
 * Generated from the API's OpenAPI document by services/web/scripts/api-types.ts: do not edit.
 * Regenerate with `pnpm --filter @solimob/web api-types` (the web build does it too).
 */

export interface paths {
    "/app-config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The web app's settings from the deployment (map tiles) */
        get: operations["getAppConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/b/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The volunteer's page: offers to answer, trips to drive with the pick-up details */
        get: operations["showVolunteerPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/b/{token}/missions/{missionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The route sheet of a trip the volunteer drives: stops in order, addresses, phones, needs */
        get: operations["showVolunteerRouteSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/b/{token}/missions/{missionId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a trip from the page ("Course faite"), as "FAIT 4821" by SMS would */
        post: operations["completeMissionOnPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/b/{token}/missions/{missionId}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report from the page that a passenger was not there at pick-up */
        post: operations["reportNoShowOnPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/b/{token}/missions/{missionId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a trip back from the page ("Je ne peux plus"): it is offered again at once */
        post: operations["withdrawFromMissionOnPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/b/{token}/offers/{offerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer an offer from the page (Oui / Non), as "OUI 4821" by SMS would */
        post: operations["answerOfferOnPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/b/{token}/statements/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The volunteer's own monthly mileage statement, as a printable PDF */
        get: operations["printVolunteerStatement"];
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
    "/data-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record of residents’ data requests (exports, erasures), newest first */
        get: operations["listDataRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/f/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The route sheet PDF of the round named by the driver's signed link */
        get: operations["getShuttleRouteSheetByLink"];
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
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics of this API process (bearer METRICS_TOKEN) */
        get: operations["getMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Missions by first pick-up: the trips of a day, those still looking for a driver */
        get: operations["listMissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One mission: its requests, driver, legs and distances */
        get: operations["getMission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/missions/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a mission on the driver's behalf (as their FAIT would); the distance is then measured */
        post: operations["completeMission"];
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
    "/reports/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The period's figures per commune where the residents live (rides and shuttles) */
        get: operations["getCommuneReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Month by month: requests, served, unmet with reasons, passengers, km, volunteer hours, residents reached */
        get: operations["getMonthlyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The period's figures per zone of communes (rides and shuttles) */
        get: operations["getZoneReport"];
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
    "/residents/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A resident’s consent history: each consent given or withdrawn, with its date and channel */
        get: operations["listResidentConsents"];
        put?: never;
        /** Record that a resident gave or withdrew their consent, when and through which channel */
        post: operations["recordResidentConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/residents/{id}/driver-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Drivers a resident asked for, or asked not to have */
        get: operations["getDriverPreferences"];
        /** Replace a resident's driver preferences (preferred: ranked first; avoid: never offered) */
        put: operations["setDriverPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/residents/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase a resident on request: pseudonymised so the statistics stay exact; refused while rides or seats are to come */
        post: operations["eraseResident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/residents/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything held about a resident, as JSON or CSV (a recorded data request) */
        get: operations["exportResidentData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
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
    "/ride-requests/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a driver by hand, overriding the ranking (also after unmet, or to replace a driver) */
        post: operations["assignDriver"];
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
    "/ride-requests/{id}/mission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mission that serves a ride request: driver, planned legs, distance (404 before matching) */
        get: operations["getRideRequestMission"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ride-requests/{id}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the resident was not there at pick-up (outcome no_show, no sanction) */
        post: operations["recordNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ride-requests/{id}/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers made for a ride request, with each volunteer's answer and the parts of their score */
        get: operations["listRideRequestOffers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/seat-bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One resident's seats on shuttle rounds by service date, with the round's date and times */
        get: operations["listResidentSeatBookings"];
        put?: never;
        /** Book a seat for a resident: confirmed while there is room, otherwise waitlisted */
        post: operations["bookSeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/seat-bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a seat (after the cut-off: a late cancellation); the first waiting person moves up */
        post: operations["cancelSeatBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shuttle-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the market-shuttle lines */
        get: operations["listShuttleLines"];
        put?: never;
        /** Create a line (market, weekday, times, communes, stops, vehicles) and generate its rounds */
        post: operations["createShuttleLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shuttle-lines/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one line */
        get: operations["getShuttleLine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a line for the rounds generated from now on (lists replace the whole list) */
        patch: operations["updateShuttleLine"];
        trace?: never;
    };
    "/shuttle-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List rounds by service date, with seats taken and the waitlist */
        get: operations["listShuttleRounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shuttle-rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one round */
        get: operations["getShuttleRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Move a round to another date or change its times; the residents booked on it are told */
        patch: operations["changeShuttleRound"];
        trace?: never;
    };
    "/shuttle-rounds/{id}/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round's bookings: confirmed, then the waitlist in order, then cancelled */
        get: operations["listSeatBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shuttle-rounds/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a round: every booking on it is cancelled and its resident told */
        post: operations["cancelShuttleRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shuttle-rounds/{id}/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round's plan: per leg and vehicle, the order, times and places, and the route for a map */
        get: operations["getShuttleRoundPlan"];
        put?: never;
        /** Queue a planning run now (a preview before the cut-off, or a re-plan); poll the plan */
        post: operations["planShuttleRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shuttle-rounds/{id}/planning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where a round's planning stands: idle, queued (not yet with the worker) or running */
        get: operations["getShuttleRoundPlanningState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shuttle-rounds/{id}/route-sheet-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A signed link to the round's route sheet for the driver (no login, expires after the round) */
        post: operations["createShuttleRouteSheetLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shuttle-rounds/{id}/route-sheet.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The driver's route sheet as a printable A4 PDF */
        get: operations["getShuttleRouteSheet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shuttle-rounds/{id}/vehicles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a vehicle to one round: the waitlist moves up into its places */
        post: operations["addShuttleRoundVehicle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shuttle-subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regulars' standing bookings */
        get: operations["listShuttleSubscriptions"];
        put?: never;
        /** Book a resident on every round of a line ("every Monday"), from the open rounds on */
        post: operations["subscribeToShuttleLine"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shuttle-subscriptions/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a standing booking; its seats on rounds still open are cancelled */
        post: operations["endShuttleSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/shuttle-subscriptions/{id}/skips": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A regular will not travel on one date: their seat on that round is released */
        post: operations["skipShuttleDate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a what-if simulation (a scenario, optionally compared with a second one) as a job */
        post: operations["startSimulation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A simulation's status, progress and, once done, its result */
        get: operations["getSimulation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations/{id}/report.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A finished simulation's indicators (and differences) as CSV */
        get: operations["getSimulationCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/simulations/{id}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A finished comparison's printable French report with charts */
        get: operations["getSimulationPdf"];
        put?: never;
        post?: never;
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
    "/staff/{id}/communes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the communes a partner account works for; it then sees only their residents (admin only) */
        put: operations["setStaffCommunes"];
        post?: never;
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
    "/territory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's territory: name, time zone, and the ride intake rules (notice, days, hours) */
        get: operations["getTerritory"];
        put?: never;
        post?: never;
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
    "/volunteers/{id}/statements/{month}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A volunteer's monthly mileage statement: JSON, CSV or printable PDF */
        get: operations["getVolunteerStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/twilio/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An SMS sent to a territory's service number (signed with X-Twilio-Signature)
         * @description The territory is the one whose service number is `To`. The SMS is stored, linked to the resident or volunteer of `From`, and takes one step of that number's conversation; answers are queued in the outbox and sent by the worker, so the TwiML answer is always empty. Handled once per `MessageSid`: a replay answers the same and changes nothing.
         */
        post: operations["receiveTwilioSms"];
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
    "/webhooks/twilio/voice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A call to the service number, or a key pressed in the voice menu (signed)
         * @description Without `step`: a new call to the service number `To`; the caller is recognised by `From` and hears the keypad menu. Each answer's Gather posts the key back here with `step`, a `turn` counter and ids only. `step=outbound_answer&messageId=…` carries the key pressed after one of our own calls ("tapez 1 pour confirmer, 2 pour annuler"). Handled once per CallSid, step and turn.
         */
        post: operations["answerTwilioVoice"];
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
    getAppConfig: {
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
                        mapTiles: {
                            attribution: string;
                            url: string | null;
                        };
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
                            communeIds: string[];
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
                            communeIds: string[];
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
    showVolunteerPage: {
        parameters: {
            query?: {
                n?: string;
            };
            header?: never;
            path: {
                /** @description The signed link token sent by SMS */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not understood */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid or expired link */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not this volunteer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No longer possible */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    showVolunteerRouteSheet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                missionId: string;
                /** @description The signed link token sent by SMS */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The route sheet, printable */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not understood */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid or expired link */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not this volunteer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No longer possible */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    completeMissionOnPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                missionId: string;
                /** @description The signed link token sent by SMS */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Back to the page, with what happened */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not understood */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid or expired link */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not this volunteer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No longer possible */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
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
    reportNoShowOnPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                missionId: string;
                /** @description The signed link token sent by SMS */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** Format: uuid */
                    rideRequestId: string;
                };
            };
        };
        responses: {
            /** @description Back to the page, with what happened */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not understood */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid or expired link */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not this volunteer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No longer possible */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
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
    withdrawFromMissionOnPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                missionId: string;
                /** @description The signed link token sent by SMS */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Back to the page, with what happened */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not understood */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid or expired link */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not this volunteer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No longer possible */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
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
    answerOfferOnPage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                offerId: string;
                /** @description The signed link token sent by SMS */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    /** @enum {unknown} */
                    answer: "yes" | "no";
                };
            };
        };
        responses: {
            /** @description Back to the page, with what happened */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not understood */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid or expired link */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not this volunteer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No longer possible */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
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
    printVolunteerStatement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Calendar month, YYYY-MM (territory time) */
                month: string;
                /** @description The signed link token sent by SMS */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Not understood */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Invalid or expired link */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not this volunteer */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description No longer possible */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
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
    listDataRequests: {
        parameters: {
            query?: {
                residentId?: string;
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
                            at: string;
                            /** @description Counts and reason; no personal data */
                            details: {
                                [key: string]: unknown;
                            };
                            format: string | null;
                            /** Format: uuid */
                            id: string;
                            /** @enum {unknown} */
                            kind: "export" | "erasure";
                            requestedBy: {
                                id: string | null;
                                /** @enum {unknown} */
                                kind: "staff" | "resident" | "volunteer" | "system";
                            };
                            /** Format: uuid */
                            residentId: string;
                        }[];
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
    getShuttleRouteSheetByLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The driver's route sheet, A4 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
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
    getMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
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
    listMissions: {
        parameters: {
            query?: {
                /** @description First pick-up at or after this instant */
                from?: string;
                page?: number;
                pageSize?: number;
                /** @description Only missions in one of these statuses (repeat the parameter) */
                status?: ("open" | "assigned" | "completed" | "cancelled" | "unmet" | "superseded")[];
                /** @description First pick-up strictly before this instant */
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
                            code: string | null;
                            completedAt: string | null;
                            drivenDistanceMeters: number | null;
                            driver: {
                                firstName: string;
                                /** Format: uuid */
                                id: string;
                                lastName: string;
                            } | null;
                            /** Format: uuid */
                            id: string;
                            legs: {
                                /** @enum {unknown} */
                                leg: "outbound" | "return";
                                /** @enum {unknown} */
                                outcome: "planned" | "completed" | "no_show" | "late_cancellation" | "unmet" | "cancelled";
                                plannedDropoffAt: string | null;
                                plannedPickupAt: string | null;
                                /** Format: uuid */
                                rideRequestId: string;
                            }[];
                            /** Format: date-time */
                            matchDeadline: string;
                            mileageRateEurPerKm: number | null;
                            plannedDistanceMeters: number;
                            /** Format: date-time */
                            plannedEndAt: string;
                            /** Format: date-time */
                            plannedStartAt: string;
                            rideRequestIds: string[];
                            /** @enum {unknown} */
                            status: "open" | "assigned" | "completed" | "cancelled" | "unmet" | "superseded";
                            statusReason: string | null;
                            supersededById: string | null;
                            /** @description Waves of offers sent so far */
                            wave: number;
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
    getMission: {
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
                        code: string | null;
                        completedAt: string | null;
                        drivenDistanceMeters: number | null;
                        driver: {
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        legs: {
                            /** @enum {unknown} */
                            leg: "outbound" | "return";
                            /** @enum {unknown} */
                            outcome: "planned" | "completed" | "no_show" | "late_cancellation" | "unmet" | "cancelled";
                            plannedDropoffAt: string | null;
                            plannedPickupAt: string | null;
                            /** Format: uuid */
                            rideRequestId: string;
                        }[];
                        /** Format: date-time */
                        matchDeadline: string;
                        mileageRateEurPerKm: number | null;
                        plannedDistanceMeters: number;
                        /** Format: date-time */
                        plannedEndAt: string;
                        /** Format: date-time */
                        plannedStartAt: string;
                        rideRequestIds: string[];
                        /** @enum {unknown} */
                        status: "open" | "assigned" | "completed" | "cancelled" | "unmet" | "superseded";
                        statusReason: string | null;
                        supersededById: string | null;
                        /** @description Waves of offers sent so far */
                        wave: number;
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
    completeMission: {
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
                        code: string | null;
                        completedAt: string | null;
                        drivenDistanceMeters: number | null;
                        driver: {
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        legs: {
                            /** @enum {unknown} */
                            leg: "outbound" | "return";
                            /** @enum {unknown} */
                            outcome: "planned" | "completed" | "no_show" | "late_cancellation" | "unmet" | "cancelled";
                            plannedDropoffAt: string | null;
                            plannedPickupAt: string | null;
                            /** Format: uuid */
                            rideRequestId: string;
                        }[];
                        /** Format: date-time */
                        matchDeadline: string;
                        mileageRateEurPerKm: number | null;
                        plannedDistanceMeters: number;
                        /** Format: date-time */
                        plannedEndAt: string;
                        /** Format: date-time */
                        plannedStartAt: string;
                        rideRequestIds: string[];
                        /** @enum {unknown} */
                        status: "open" | "assigned" | "completed" | "cancelled" | "unmet" | "superseded";
                        statusReason: string | null;
                        supersededById: string | null;
                        /** @description Waves of offers sent so far */
                        wave: number;
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
    getCommuneReport: {
        parameters: {
            query: {
                /** @description json, or csv for a spreadsheet (semicolons, decimal commas); an `Accept: text/csv` header asks for CSV too */
                format?: "json" | "csv";
                /** @description First month of the period, YYYY-MM (territory time) */
                from: string;
                /** @description Last month of the period, included, YYYY-MM (territory time) */
                to: string;
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
                        /** @description First month, YYYY-MM */
                        from: string;
                        /** Format: date-time */
                        generatedAt: string;
                        /** @enum {unknown} */
                        kind: "month" | "commune" | "zone";
                        rows: {
                            /** @description Cancelled */
                            cancelled: number;
                            /** @description '2026-03', a commune id or a zone name */
                            key: string;
                            /** @description Volunteer km plus shuttle km */
                            km: number;
                            /** @description 'mars 2026', the commune's or the zone's name */
                            label: string;
                            /** @description People carried */
                            passengers: number;
                            /** @description Not settled yet */
                            pending: number;
                            /** @description Ride requests plus seat bookings */
                            requests: number;
                            /** @description Distinct residents carried at least once (counted once in the group) */
                            residentsReached: number;
                            /** @description Volunteer rides */
                            rides: {
                                /** @description Cancelled, no-shows and late cancellations included */
                                cancelled: number;
                                /** @description Volunteers' driven km (home → stops → home); a pooled mission is shared by passengers */
                                km: number;
                                /** @description People carried on served requests */
                                passengers: number;
                                /** @description Not settled yet */
                                pending: number;
                                /** @description Ride requests whose requested time falls in the group */
                                requests: number;
                                /** @description Completed */
                                served: number;
                                /** @description No driver found */
                                unmet: number;
                                /** @description First pick-up to last drop-off of completed missions, shared by passengers */
                                volunteerHours: number;
                            };
                            /** @description Served */
                            served: number;
                            /** @description Market shuttles */
                            shuttles: {
                                /** @description Seat bookings on rounds whose service date falls in the group */
                                bookings: number;
                                /** @description Cancelled before the round */
                                cancelled: number;
                                /** @description Planned km of the rounds that ran, shared by passengers */
                                km: number;
                                /** @description People carried */
                                passengers: number;
                                /** @description On rounds still to run */
                                pending: number;
                                /** @description Confirmed seats on rounds that ran */
                                served: number;
                                /** @description Left on the waitlist ('shuttle_full') or on a cancelled round ('round_cancelled') */
                                unmet: number;
                            };
                            /** @description Unmet */
                            unmet: number;
                            /** @description Unmet by reason: 'no_volunteer_accepted', 'no_volunteer_available', 'shuttle_full', … */
                            unmetReasons: {
                                [key: string]: number;
                            };
                            /** @description Volunteer driving hours */
                            volunteerHours: number;
                        }[];
                        summary: {
                            /** Format: date-time */
                            computedAt: string;
                            /** @description First month read from the summary, YYYY-MM */
                            from: string;
                            /** @description Last month read from the summary, YYYY-MM */
                            to: string;
                        } | null;
                        territoryName: string;
                        timeZone: string;
                        /** @description Last month, included, YYYY-MM */
                        to: string;
                        /** @description The whole period: residents reached are counted once, not summed over the rows */
                        totals: {
                            /** @description Cancelled */
                            cancelled: number;
                            /** @description Volunteer km plus shuttle km */
                            km: number;
                            /** @description People carried */
                            passengers: number;
                            /** @description Not settled yet */
                            pending: number;
                            /** @description Ride requests plus seat bookings */
                            requests: number;
                            /** @description Distinct residents carried at least once (counted once in the group) */
                            residentsReached: number;
                            /** @description Volunteer rides */
                            rides: {
                                /** @description Cancelled, no-shows and late cancellations included */
                                cancelled: number;
                                /** @description Volunteers' driven km (home → stops → home); a pooled mission is shared by passengers */
                                km: number;
                                /** @description People carried on served requests */
                                passengers: number;
                                /** @description Not settled yet */
                                pending: number;
                                /** @description Ride requests whose requested time falls in the group */
                                requests: number;
                                /** @description Completed */
                                served: number;
                                /** @description No driver found */
                                unmet: number;
                                /** @description First pick-up to last drop-off of completed missions, shared by passengers */
                                volunteerHours: number;
                            };
                            /** @description Served */
                            served: number;
                            /** @description Market shuttles */
                            shuttles: {
                                /** @description Seat bookings on rounds whose service date falls in the group */
                                bookings: number;
                                /** @description Cancelled before the round */
                                cancelled: number;
                                /** @description Planned km of the rounds that ran, shared by passengers */
                                km: number;
                                /** @description People carried */
                                passengers: number;
                                /** @description On rounds still to run */
                                pending: number;
                                /** @description Confirmed seats on rounds that ran */
                                served: number;
                                /** @description Left on the waitlist ('shuttle_full') or on a cancelled round ('round_cancelled') */
                                unmet: number;
                            };
                            /** @description Unmet */
                            unmet: number;
                            /** @description Unmet by reason: 'no_volunteer_accepted', 'no_volunteer_available', 'shuttle_full', … */
                            unmetReasons: {
                                [key: string]: number;
                            };
                            /** @description Volunteer driving hours */
                            volunteerHours: number;
                        };
                    };
                    "text/csv": {
                        /** @description First month, YYYY-MM */
                        from: string;
                        /** Format: date-time */
                        generatedAt: string;
                        /** @enum {unknown} */
                        kind: "month" | "commune" | "zone";
                        rows: {
                            /** @description Cancelled */
                            cancelled: number;
                            /** @description '2026-03', a commune id or a zone name */
                            key: string;
                            /** @description Volunteer km plus shuttle km */
                            km: number;
                            /** @description 'mars 2026', the commune's or the zone's name */
                            label: string;
                            /** @description People carried */
                            passengers: number;
                            /** @description Not settled yet */
                            pending: number;
                            /** @description Ride requests plus seat bookings */
                            requests: number;
                            /** @description Distinct residents carried at least once (counted once in the group) */
                            residentsReached: number;
                            /** @description Volunteer rides */
                            rides: {
                                /** @description Cancelled, no-shows and late cancellations included */
                                cancelled: number;
                                /** @description Volunteers' driven km (home → stops → home); a pooled mission is shared by passengers */
                                km: number;
                                /** @description People carried on served requests */
                                passengers: number;
                                /** @description Not settled yet */
                                pending: number;
                                /** @description Ride requests whose requested time falls in the group */
                                requests: number;
                                /** @description Completed */
                                served: number;
                                /** @description No driver found */
                                unmet: number;
                                /** @description First pick-up to last drop-off of completed missions, shared by passengers */
                                volunteerHours: number;
                            };
                            /** @description Served */
                            served: number;
                            /** @description Market shuttles */
                            shuttles: {
                                /** @description Seat bookings on rounds whose service date falls in the group */
                                bookings: number;
                                /** @description Cancelled before the round */
                                cancelled: number;
                                /** @description Planned km of the rounds that ran, shared by passengers */
                                km: number;
                                /** @description People carried */
                                passengers: number;
                                /** @description On rounds still to run */
                                pending: number;
                                /** @description Confirmed seats on rounds that ran */
                                served: number;
                                /** @description Left on the waitlist ('shuttle_full') or on a cancelled round ('round_cancelled') */
                                unmet: number;
                            };
                            /** @description Unmet */
                            unmet: number;
                            /** @description Unmet by reason: 'no_volunteer_accepted', 'no_volunteer_available', 'shuttle_full', … */
                            unmetReasons: {
                                [key: string]: number;
                            };
                            /** @description Volunteer driving hours */
                            volunteerHours: number;
                        }[];
                        summary: {
                            /** Format: date-time */
                            computedAt: string;
                            /** @description First month read from the summary, YYYY-MM */
                            from: string;
                            /** @description Last month read from the summary, YYYY-MM */
                            to: string;
                        } | null;
                        territoryName: string;
                        timeZone: string;
                        /** @description Last month, included, YYYY-MM */
                        to: string;
                        /** @description The whole period: residents reached are counted once, not summed over the rows */
                        totals: {
                            /** @description Cancelled */
                            cancelled: number;
                            /** @description Volunteer km plus shuttle km */
                            km: number;
                            /** @description People carried */
                            passengers: number;
                            /** @description Not settled yet */
                            pending: number;
                            /** @description Ride requests plus seat bookings */
                            requests: number;
                            /** @description Distinct residents carried at least once (counted once in the group) */
                            residentsReached: number;
                            /** @description Volunteer rides */
                            rides: {
                                /** @description Cancelled, no-shows and late cancellations included */
                                cancelled: number;
                                /** @description Volunteers' driven km (home → stops → home); a pooled mission is shared by passengers */
                                km: number;
                                /** @description People carried on served requests */
                                passengers: number;
                                /** @description Not settled yet */
                                pending: number;
                                /** @description Ride requests whose requested time falls in the group */
                                requests: number;
                                /** @description Completed */
                                served: number;
                                /** @description No driver found */
                                unmet: number;
                                /** @description First pick-up to last drop-off of completed missions, shared by passengers */
                                volunteerHours: number;
                            };
                            /** @description Served */
                            served: number;
                            /** @description Market shuttles */
                            shuttles: {
                                /** @description Seat bookings on rounds whose service date falls in the group */
                                bookings: number;
                                /** @description Cancelled before the round */
                                cancelled: number;
                                /** @description Planned km of the rounds that ran, shared by passengers */
                                km: number;
                                /** @description People carried */
                                passengers: number;
                                /** @description On rounds still to run */
                                pending: number;
                                /** @description Confirmed seats on rounds that ran */
                                served: number;
                                /** @description Left on the waitlist ('shuttle_full') or on a cancelled round ('round_cancelled') */
                                unmet: number;
                            };
                            /** @description Unmet */
                            unmet: number;
                            /** @description Unmet by reason: 'no_volunteer_accepted', 'no_volunteer_available', 'shuttle_full', … */
                            unmetReasons: {
                                [key: string]: number;
                            };
                            /** @description Volunteer driving hours */
                            volunteerHours: number;
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
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMonthlyReport: {
        parameters: {
            query: {
                /** @description json, or csv for a spreadsheet (semicolons, decimal commas); an `Accept: text/csv` header asks for CSV too */
                format?: "json" | "csv";
                /** @description First month of the period, YYYY-MM (territory time) */
                from: string;
                /** @description Last month of the period, included, YYYY-MM (territory time) */
                to: string;
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
                        /** @description First month, YYYY-MM */
                        from: string;
                        /** Format: date-time */
                        generatedAt: string;
                        /** @enum {unknown} */
                        kind: "month" | "commune" | "zone";
                        rows: {
                            /** @description Cancelled */
                            cancelled: number;
                            /** @description '2026-03', a commune id or a zone name */
                            key: string;
                            /** @description Volunteer km plus shuttle km */
                            km: number;
                            /** @description 'mars 2026', the commune's or the zone's name */
                            label: string;
                            /** @description People carried */
                            passengers: number;
                            /** @description Not settled yet */
                            pending: number;
                            /** @description Ride requests plus seat bookings */
                            requests: number;
                            /** @description Distinct residents carried at least once (counted once in the group) */
                            residentsReached: number;
                            /** @description Volunteer rides */
                            rides: {
                                /** @description Cancelled, no-shows and late cancellations included */
                                cancelled: number;
                                /** @description Volunteers' driven km (home → stops → home); a pooled mission is shared by passengers */
                                km: number;
                                /** @description People carried on served requests */
                                passengers: number;
                                /** @description Not settled yet */
                                pending: number;
                                /** @description Ride requests whose requested time falls in the group */
                                requests: number;
                                /** @description Completed */
                                served: number;
                                /** @description No driver found */
                                unmet: number;
                                /** @description First pick-up to last drop-off of completed missions, shared by passengers */
                                volunteerHours: number;
                            };
                            /** @description Served */
                            served: number;
                            /** @description Market shuttles */
                            shuttles: {
                                /** @description Seat bookings on rounds whose service date falls in the group */
                                bookings: number;
                                /** @description Cancelled before the round */
                                cancelled: number;
                                /** @description Planned km of the rounds that ran, shared by passengers */
                                km: number;
                                /** @description People carried */
                                passengers: number;
                                /** @description On rounds still to run */
                                pending: number;
                                /** @description Confirmed seats on rounds that ran */
                                served: number;
                                /** @description Left on the waitlist ('shuttle_full') or on a cancelled round ('round_cancelled') */
                                unmet: number;
                            };
                            /** @description Unmet */
                            unmet: number;
                            /** @description Unmet by reason: 'no_volunteer_accepted', 'no_volunteer_available', 'shuttle_full', … */
                            unmetReasons: {
                                [key: string]: number;
                            };
                            /** @description Volunteer driving hours */
                            volunteerHours: number;
                        }[];
                        summary: {
                            /** Format: date-time */
                            computedAt: string;
                            /** @description First month read from the summary, YYYY-MM */
                            from: string;
                            /** @description Last month read from the summary, YYYY-MM */
                            to: string;
                        } | null;
                        territoryName: string;
                        timeZone: string;
                        /** @description Last month, included, YYYY-MM */
                        to: string;
                        /** @description The whole period: residents reached are counted once, not summed over the rows */
                        totals: {
                            /** @description Cancelled */
                            cancelled: number;
                            /** @description Volunteer km plus shuttle km */
                            km: number;
                            /** @description People carried */
                            passengers: number;
                            /** @description Not settled yet */
                            pending: number;
                            /** @description Ride requests plus seat bookings */
                            requests: number;
                            /** @description Distinct residents carried at least once (counted once in the group) */
                            residentsReached: number;
                            /** @description Volunteer rides */
                            rides: {
                                /** @description Cancelled, no-shows and late cancellations included */
                                cancelled: number;
                                /** @description Volunteers' driven km (home → stops → home); a pooled mission is shared by passengers */
                                km: number;
                                /** @description People carried on served requests */
                                passengers: number;
                                /** @description Not settled yet */
                                pending: number;
                                /** @description Ride requests whose requested time falls in the group */
                                requests: number;
                                /** @description Completed */
                                served: number;
                                /** @description No driver found */
                                unmet: number;
                                /** @description First pick-up to last drop-off of completed missions, shared by passengers */
                                volunteerHours: number;
                            };
                            /** @description Served */
                            served: number;
                            /** @description Market shuttles */
                            shuttles: {
                                /** @description Seat bookings on rounds whose service date falls in the group */
                                bookings: number;
                                /** @description Cancelled before the round */
                                cancelled: number;
                                /** @description Planned km of the rounds that ran, shared by passengers */
                                km: number;
                                /** @description People carried */
                                passengers: number;
                                /** @description On rounds still to run */
                                pending: number;
                                /** @description Confirmed seats on rounds that ran */
                                served: number;
                                /** @description Left on the waitlist ('shuttle_full') or on a cancelled round ('round_cancelled') */
                                unmet: number;
                            };
                            /** @description Unmet */
                            unmet: number;
                            /** @description Unmet by reason: 'no_volunteer_accepted', 'no_volunteer_available', 'shuttle_full', … */
                            unmetReasons: {
                                [key: string]: number;
                            };
                            /** @description Volunteer driving hours */
                            volunteerHours: number;
                        };
                    };
                    "text/csv": {
                        /** @description First month, YYYY-MM */
                        from: string;
                        /** Format: date-time */
                        generatedAt: string;
                        /** @enum {unknown} */
                        kind: "month" | "commune" | "zone";
                        rows: {
                            /** @description Cancelled */
                            cancelled: number;
                            /** @description '2026-03', a commune id or a zone name */
                            key: string;
                            /** @description Volunteer km plus shuttle km */
                            km: number;
                            /** @description 'mars 2026', the commune's or the zone's name */
                            label: string;
                            /** @description People carried */
                            passengers: number;
                            /** @description Not settled yet */
                            pending: number;
                            /** @description Ride requests plus seat bookings */
                            requests: number;
                            /** @description Distinct residents carried at least once (counted once in the group) */
                            residentsReached: number;
                            /** @description Volunteer rides */
                            rides: {
                                /** @description Cancelled, no-shows and late cancellations included */
                                cancelled: number;
                                /** @description Volunteers' driven km (home → stops → home); a pooled mission is shared by passengers */
                                km: number;
                                /** @description People carried on served requests */
                                passengers: number;
                                /** @description Not settled yet */
                                pending: number;
                                /** @description Ride requests whose requested time falls in the group */
                                requests: number;
                                /** @description Completed */
                                served: number;
                                /** @description No driver found */
                                unmet: number;
                                /** @description First pick-up to last drop-off of completed missions, shared by passengers */
                                volunteerHours: number;
                            };
                            /** @description Served */
                            served: number;
                            /** @description Market shuttles */
                            shuttles: {
                                /** @description Seat bookings on rounds whose service date falls in the group */
                                bookings: number;
                                /** @description Cancelled before the round */
                                cancelled: number;
                                /** @description Planned km of the rounds that ran, shared by passengers */
                                km: number;
                                /** @description People carried */
                                passengers: number;
                                /** @description On rounds still to run */
                                pending: number;
                                /** @description Confirmed seats on rounds that ran */
                                served: number;
                                /** @description Left on the waitlist ('shuttle_full') or on a cancelled round ('round_cancelled') */
                                unmet: number;
                            };
                            /** @description Unmet */
                            unmet: number;
                            /** @description Unmet by reason: 'no_volunteer_accepted', 'no_volunteer_available', 'shuttle_full', … */
                            unmetReasons: {
                                [key: string]: number;
                            };
                            /** @description Volunteer driving hours */
                            volunteerHours: number;
                        }[];
                        summary: {
                            /** Format: date-time */
                            computedAt: string;
                            /** @description First month read from the summary, YYYY-MM */
                            from: string;
                            /** @description Last month read from the summary, YYYY-MM */
                            to: string;
                        } | null;
                        territoryName: string;
                        timeZone: string;
                        /** @description Last month, included, YYYY-MM */
                        to: string;
                        /** @description The whole period: residents reached are counted once, not summed over the rows */
                        totals: {
                            /** @description Cancelled */
                            cancelled: number;
                            /** @description Volunteer km plus shuttle km */
                            km: number;
                            /** @description People carried */
                            passengers: number;
                            /** @description Not settled yet */
                            pending: number;
                            /** @description Ride requests plus seat bookings */
                            requests: number;
                            /** @description Distinct residents carried at least once (counted once in the group) */
                            residentsReached: number;
                            /** @description Volunteer rides */
                            rides: {
                                /** @description Cancelled, no-shows and late cancellations included */
                                cancelled: number;
                                /** @description Volunteers' driven km (home → stops → home); a pooled mission is shared by passengers */
                                km: number;
                                /** @description People carried on served requests */
                                passengers: number;
                                /** @description Not settled yet */
                                pending: number;
                                /** @description Ride requests whose requested time falls in the group */
                                requests: number;
                                /** @description Completed */
                                served: number;
                                /** @description No driver found */
                                unmet: number;
                                /** @description First pick-up to last drop-off of completed missions, shared by passengers */
                                volunteerHours: number;
                            };
                            /** @description Served */
                            served: number;
                            /** @description Market shuttles */
                            shuttles: {
                                /** @description Seat bookings on rounds whose service date falls in the group */
                                bookings: number;
                                /** @description Cancelled before the round */
                                cancelled: number;
                                /** @description Planned km of the rounds that ran, shared by passengers */
                                km: number;
                                /** @description People carried */
                                passengers: number;
                                /** @description On rounds still to run */
                                pending: number;
                                /** @description Confirmed seats on rounds that ran */
                                served: number;
                                /** @description Left on the waitlist ('shuttle_full') or on a cancelled round ('round_cancelled') */
                                unmet: number;
                            };
                            /** @description Unmet */
                            unmet: number;
                            /** @description Unmet by reason: 'no_volunteer_accepted', 'no_volunteer_available', 'shuttle_full', … */
                            unmetReasons: {
                                [key: string]: number;
                            };
                            /** @description Volunteer driving hours */
                            volunteerHours: number;
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
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getZoneReport: {
        parameters: {
            query: {
                /** @description json, or csv for a spreadsheet (semicolons, decimal commas); an `Accept: text/csv` header asks for CSV too */
                format?: "json" | "csv";
                /** @description First month of the period, YYYY-MM (territory time) */
                from: string;
                /** @description Last month of the period, included, YYYY-MM (territory time) */
                to: string;
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
                        /** @description First month, YYYY-MM */
                        from: string;
                        /** Format: date-time */
                        generatedAt: string;
                        /** @enum {unknown} */
                        kind: "month" | "commune" | "zone";
                        rows: {
                            /** @description Cancelled */
                            cancelled: number;
                            /** @description '2026-03', a commune id or a zone name */
                            key: string;
                            /** @description Volunteer km plus shuttle km */
                            km: number;
                            /** @description 'mars 2026', the commune's or the zone's name */
                            label: string;
                            /** @description People carried */
                            passengers: number;
                            /** @description Not settled yet */
                            pending: number;
                            /** @description Ride requests plus seat bookings */
                            requests: number;
                            /** @description Distinct residents carried at least once (counted once in the group) */
                            residentsReached: number;
                            /** @description Volunteer rides */
                            rides: {
                                /** @description Cancelled, no-shows and late cancellations included */
                                cancelled: number;
                                /** @description Volunteers' driven km (home → stops → home); a pooled mission is shared by passengers */
                                km: number;
                                /** @description People carried on served requests */
                                passengers: number;
                                /** @description Not settled yet */
                                pending: number;
                                /** @description Ride requests whose requested time falls in the group */
                                requests: number;
                                /** @description Completed */
                                served: number;
                                /** @description No driver found */
                                unmet: number;
                                /** @description First pick-up to last drop-off of completed missions, shared by passengers */
                                volunteerHours: number;
                            };
                            /** @description Served */
                            served: number;
                            /** @description Market shuttles */
                            shuttles: {
                                /** @description Seat bookings on rounds whose service date falls in the group */
                                bookings: number;
                                /** @description Cancelled before the round */
                                cancelled: number;
                                /** @description Planned km of the rounds that ran, shared by passengers */
                                km: number;
                                /** @description People carried */
                                passengers: number;
                                /** @description On rounds still to run */
                                pending: number;
                                /** @description Confirmed seats on rounds that ran */
                                served: number;
                                /** @description Left on the waitlist ('shuttle_full') or on a cancelled round ('round_cancelled') */
                                unmet: number;
                            };
                            /** @description Unmet */
                            unmet: number;
                            /** @description Unmet by reason: 'no_volunteer_accepted', 'no_volunteer_available', 'shuttle_full', … */
                            unmetReasons: {
                                [key: string]: number;
                            };
                            /** @description Volunteer driving hours */
                            volunteerHours: number;
                        }[];
                        summary: {
                            /** Format: date-time */
                            computedAt: string;
                            /** @description First month read from the summary, YYYY-MM */
                            from: string;
                            /** @description Last month read from the summary, YYYY-MM */
                            to: string;
                        } | null;
                        territoryName: string;
                        timeZone: string;
                        /** @description Last month, included, YYYY-MM */
                        to: string;
                        /** @description The whole period: residents reached are counted once, not summed over the rows */
                        totals: {
                            /** @description Cancelled */
                            cancelled: number;
                            /** @description Volunteer km plus shuttle km */
                            km: number;
                            /** @description People carried */
                            passengers: number;
                            /** @description Not settled yet */
                            pending: number;
                            /** @description Ride requests plus seat bookings */
                            requests: number;
                            /** @description Distinct residents carried at least once (counted once in the group) */
                            residentsReached: number;
                            /** @description Volunteer rides */
                            rides: {
                                /** @description Cancelled, no-shows and late cancellations included */
                                cancelled: number;
                                /** @description Volunteers' driven km (home → stops → home); a pooled mission is shared by passengers */
                                km: number;
                                /** @description People carried on served requests */
                                passengers: number;
                                /** @description Not settled yet */
                                pending: number;
                                /** @description Ride requests whose requested time falls in the group */
                                requests: number;
                                /** @description Completed */
                                served: number;
                                /** @description No driver found */
                                unmet: number;
                                /** @description First pick-up to last drop-off of completed missions, shared by passengers */
                                volunteerHours: number;
                            };
                            /** @description Served */
                            served: number;
                            /** @description Market shuttles */
                            shuttles: {
                                /** @description Seat bookings on rounds whose service date falls in the group */
                                bookings: number;
                                /** @description Cancelled before the round */
                                cancelled: number;
                                /** @description Planned km of the rounds that ran, shared by passengers */
                                km: number;
                                /** @description People carried */
                                passengers: number;
                                /** @description On rounds still to run */
                                pending: number;
                                /** @description Confirmed seats on rounds that ran */
                                served: number;
                                /** @description Left on the waitlist ('shuttle_full') or on a cancelled round ('round_cancelled') */
                                unmet: number;
                            };
                            /** @description Unmet */
                            unmet: number;
                            /** @description Unmet by reason: 'no_volunteer_accepted', 'no_volunteer_available', 'shuttle_full', … */
                            unmetReasons: {
                                [key: string]: number;
                            };
                            /** @description Volunteer driving hours */
                            volunteerHours: number;
                        };
                    };
                    "text/csv": {
                        /** @description First month, YYYY-MM */
                        from: string;
                        /** Format: date-time */
                        generatedAt: string;
                        /** @enum {unknown} */
                        kind: "month" | "commune" | "zone";
                        rows: {
                            /** @description Cancelled */
                            cancelled: number;
                            /** @description '2026-03', a commune id or a zone name */
                            key: string;
                            /** @description Volunteer km plus shuttle km */
                            km: number;
                            /** @description 'mars 2026', the commune's or the zone's name */
                            label: string;
                            /** @description People carried */
                            passengers: number;
                            /** @description Not settled yet */
                            pending: number;
                            /** @description Ride requests plus seat bookings */
                            requests: number;
                            /** @description Distinct residents carried at least once (counted once in the group) */
                            residentsReached: number;
                            /** @description Volunteer rides */
                            rides: {
                                /** @description Cancelled, no-shows and late cancellations included */
                                cancelled: number;
                                /** @description Volunteers' driven km (home → stops → home); a pooled mission is shared by passengers */
                                km: number;
                                /** @description People carried on served requests */
                                passengers: number;
                                /** @description Not settled yet */
                                pending: number;
                                /** @description Ride requests whose requested time falls in the group */
                                requests: number;
                                /** @description Completed */
                                served: number;
                                /** @description No driver found */
                                unmet: number;
                                /** @description First pick-up to last drop-off of completed missions, shared by passengers */
                                volunteerHours: number;
                            };
                            /** @description Served */
                            served: number;
                            /** @description Market shuttles */
                            shuttles: {
                                /** @description Seat bookings on rounds whose service date falls in the group */
                                bookings: number;
                                /** @description Cancelled before the round */
                                cancelled: number;
                                /** @description Planned km of the rounds that ran, shared by passengers */
                                km: number;
                                /** @description People carried */
                                passengers: number;
                                /** @description On rounds still to run */
                                pending: number;
                                /** @description Confirmed seats on rounds that ran */
                                served: number;
                                /** @description Left on the waitlist ('shuttle_full') or on a cancelled round ('round_cancelled') */
                                unmet: number;
                            };
                            /** @description Unmet */
                            unmet: number;
                            /** @description Unmet by reason: 'no_volunteer_accepted', 'no_volunteer_available', 'shuttle_full', … */
                            unmetReasons: {
                                [key: string]: number;
                            };
                            /** @description Volunteer driving hours */
                            volunteerHours: number;
                        }[];
                        summary: {
                            /** Format: date-time */
                            computedAt: string;
                            /** @description First month read from the summary, YYYY-MM */
                            from: string;
                            /** @description Last month read from the summary, YYYY-MM */
                            to: string;
                        } | null;
                        territoryName: string;
                        timeZone: string;
                        /** @description Last month, included, YYYY-MM */
                        to: string;
                        /** @description The whole period: residents reached are counted once, not summed over the rows */
                        totals: {
                            /** @description Cancelled */
                            cancelled: number;
                            /** @description Volunteer km plus shuttle km */
                            km: number;
                            /** @description People carried */
                            passengers: number;
                            /** @description Not settled yet */
                            pending: number;
                            /** @description Ride requests plus seat bookings */
                            requests: number;
                            /** @description Distinct residents carried at least once (counted once in the group) */
                            residentsReached: number;
                            /** @description Volunteer rides */
                            rides: {
                                /** @description Cancelled, no-shows and late cancellations included */
                                cancelled: number;
                                /** @description Volunteers' driven km (home → stops → home); a pooled mission is shared by passengers */
                                km: number;
                                /** @description People carried on served requests */
                                passengers: number;
                                /** @description Not settled yet */
                                pending: number;
                                /** @description Ride requests whose requested time falls in the group */
                                requests: number;
                                /** @description Completed */
                                served: number;
                                /** @description No driver found */
                                unmet: number;
                                /** @description First pick-up to last drop-off of completed missions, shared by passengers */
                                volunteerHours: number;
                            };
                            /** @description Served */
                            served: number;
                            /** @description Market shuttles */
                            shuttles: {
                                /** @description Seat bookings on rounds whose service date falls in the group */
                                bookings: number;
                                /** @description Cancelled before the round */
                                cancelled: number;
                                /** @description Planned km of the rounds that ran, shared by passengers */
                                km: number;
                                /** @description People carried */
                                passengers: number;
                                /** @description On rounds still to run */
                                pending: number;
                                /** @description Confirmed seats on rounds that ran */
                                served: number;
                                /** @description Left on the waitlist ('shuttle_full') or on a cancelled round ('round_cancelled') */
                                unmet: number;
                            };
                            /** @description Unmet */
                            unmet: number;
                            /** @description Unmet by reason: 'no_volunteer_accepted', 'no_volunteer_available', 'shuttle_full', … */
                            unmetReasons: {
                                [key: string]: number;
                            };
                            /** @description Volunteer driving hours */
                            volunteerHours: number;
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
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
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
                        /** @enum {unknown} */
                        channel?: "paper_form" | "phone" | "in_person" | "sms" | "voice" | "partner" | "unspecified";
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
                        /** @enum {unknown} */
                        channel?: "paper_form" | "phone" | "in_person" | "sms" | "voice" | "partner" | "unspecified";
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
    listResidentConsents: {
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
                        items: {
                            /** Format: date-time */
                            at: string;
                            /** @enum {unknown} */
                            channel: "paper_form" | "phone" | "in_person" | "sms" | "voice" | "partner" | "unspecified";
                            given: boolean;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: {
                                id: string | null;
                                /** @enum {unknown} */
                                kind: "staff" | "resident" | "volunteer" | "system";
                            };
                            source: string | null;
                        }[];
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
    recordResidentConsent: {
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
                    /**
                     * Format: date-time
                     * @description When (defaults to now)
                     */
                    at?: string;
                    /**
                     * @description How the resident said so
                     * @enum {unknown}
                     */
                    channel: "paper_form" | "phone" | "in_person" | "sms" | "voice" | "partner" | "unspecified";
                    /** @description true: the resident agrees; false: they withdraw their consent */
                    given: boolean;
                    /** @description Detail, e.g. 'formulaire signé au CIAS' */
                    source?: string;
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
                        /** Format: date-time */
                        at: string;
                        /** @enum {unknown} */
                        channel: "paper_form" | "phone" | "in_person" | "sms" | "voice" | "partner" | "unspecified";
                        given: boolean;
                        /** Format: uuid */
                        id: string;
                        /** Format: date-time */
                        recordedAt: string;
                        recordedBy: {
                            id: string | null;
                            /** @enum {unknown} */
                            kind: "staff" | "resident" | "volunteer" | "system";
                        };
                        source: string | null;
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
    getDriverPreferences: {
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
                        firstName: string;
                        /** @enum {unknown} */
                        kind: "preferred" | "avoid";
                        lastName: string;
                        /** Format: uuid */
                        volunteerDriverId: string;
                    }[];
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
    setDriverPreferences: {
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
                    /** @description Replaces the current list */
                    preferences: {
                        /**
                         * @description 'preferred': asked for, ranked first; 'avoid': never offered this resident's rides
                         * @enum {unknown}
                         */
                        kind: "preferred" | "avoid";
                        /** Format: uuid */
                        volunteerDriverId: string;
                    }[];
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
                        firstName: string;
                        /** @enum {unknown} */
                        kind: "preferred" | "avoid";
                        lastName: string;
                        /** Format: uuid */
                        volunteerDriverId: string;
                    }[];
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
    eraseResident: {
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
                    /** @description Machine-readable, e.g. 'resident_request' (the default) */
                    reason?: string;
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
                        at: string;
                        /** @description Counts and reason; no personal data */
                        details: {
                            [key: string]: unknown;
                        };
                        format: string | null;
                        /** Format: uuid */
                        id: string;
                        /** @enum {unknown} */
                        kind: "export" | "erasure";
                        requestedBy: {
                            id: string | null;
                            /** @enum {unknown} */
                            kind: "staff" | "resident" | "volunteer" | "system";
                        };
                        /** Format: uuid */
                        residentId: string;
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
    exportResidentData: {
        parameters: {
            query?: {
                /** @description json (default) or csv */
                format?: "json" | "csv";
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
                        accessLog: {
                            [key: string]: unknown;
                        }[];
                        consents: {
                            [key: string]: unknown;
                        }[];
                        dataRequests: {
                            [key: string]: unknown;
                        }[];
                        driverPreferences: {
                            [key: string]: unknown;
                        }[];
                        /** Format: date-time */
                        exportedAt: string;
                        messages: {
                            [key: string]: unknown;
                        }[];
                        phones: {
                            [key: string]: unknown;
                        }[];
                        resident: {
                            [key: string]: unknown;
                        };
                        rideRequests: {
                            [key: string]: unknown;
                        }[];
                        seatBookings: {
                            [key: string]: unknown;
                        }[];
                        subscriptions: {
                            [key: string]: unknown;
                        }[];
                        tasks: {
                            [key: string]: unknown;
                        }[];
                    };
                    "text/csv": {
                        accessLog: {
                            [key: string]: unknown;
                        }[];
                        consents: {
                            [key: string]: unknown;
                        }[];
                        dataRequests: {
                            [key: string]: unknown;
                        }[];
                        driverPreferences: {
                            [key: string]: unknown;
                        }[];
                        /** Format: date-time */
                        exportedAt: string;
                        messages: {
                            [key: string]: unknown;
                        }[];
                        phones: {
                            [key: string]: unknown;
                        }[];
                        resident: {
                            [key: string]: unknown;
                        };
                        rideRequests: {
                            [key: string]: unknown;
                        }[];
                        seatBookings: {
                            [key: string]: unknown;
                        }[];
                        subscriptions: {
                            [key: string]: unknown;
                        }[];
                        tasks: {
                            [key: string]: unknown;
                        }[];
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
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
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
                            returnWaitMinutes: number | null;
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
                    /**
                     * @description People travelling, the resident included
                     * @default 1
                     */
                    passengers?: number;
                    /** @enum {unknown} */
                    purpose: "health" | "shopping" | "market" | "administrative" | "social" | "employment" | "other";
                    /** Format: date-time */
                    requestedTime: string;
                    /** Format: uuid */
                    residentId: string;
                    /** @description Pick-up time for the way back, if a return trip is wanted (or give returnWaitMinutes) */
                    returnTime?: string | null;
                    /** @description The other way to ask for the way back: the driver waits this long at the destination, then drives the resident home */
                    returnWaitMinutes?: number | null;
                    /**
                     * @description Whether requestedTime is the pick-up time or the time to be at the destination
                     * @enum {unknown}
                     */
                    timeAnchor: "pickup" | "arrival";
                    /**
                     * @description How far the pick-up (or the arrival) may move from requestedTime
                     * @default 15
                     */
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
                        returnWaitMinutes: number | null;
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
                        returnWaitMinutes: number | null;
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
    assignDriver: {
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
                    /** Format: uuid */
                    volunteerDriverId: string;
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
                        code: string | null;
                        completedAt: string | null;
                        drivenDistanceMeters: number | null;
                        driver: {
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        legs: {
                            /** @enum {unknown} */
                            leg: "outbound" | "return";
                            /** @enum {unknown} */
                            outcome: "planned" | "completed" | "no_show" | "late_cancellation" | "unmet" | "cancelled";
                            plannedDropoffAt: string | null;
                            plannedPickupAt: string | null;
                            /** Format: uuid */
                            rideRequestId: string;
                        }[];
                        /** Format: date-time */
                        matchDeadline: string;
                        mileageRateEurPerKm: number | null;
                        plannedDistanceMeters: number;
                        /** Format: date-time */
                        plannedEndAt: string;
                        /** Format: date-time */
                        plannedStartAt: string;
                        rideRequestIds: string[];
                        /** @enum {unknown} */
                        status: "open" | "assigned" | "completed" | "cancelled" | "unmet" | "superseded";
                        statusReason: string | null;
                        supersededById: string | null;
                        /** @description Waves of offers sent so far */
                        wave: number;
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
                        returnWaitMinutes: number | null;
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
    getRideRequestMission: {
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
                        code: string | null;
                        completedAt: string | null;
                        drivenDistanceMeters: number | null;
                        driver: {
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                        } | null;
                        /** Format: uuid */
                        id: string;
                        legs: {
                            /** @enum {unknown} */
                            leg: "outbound" | "return";
                            /** @enum {unknown} */
                            outcome: "planned" | "completed" | "no_show" | "late_cancellation" | "unmet" | "cancelled";
                            plannedDropoffAt: string | null;
                            plannedPickupAt: string | null;
                            /** Format: uuid */
                            rideRequestId: string;
                        }[];
                        /** Format: date-time */
                        matchDeadline: string;
                        mileageRateEurPerKm: number | null;
                        plannedDistanceMeters: number;
                        /** Format: date-time */
                        plannedEndAt: string;
                        /** Format: date-time */
                        plannedStartAt: string;
                        rideRequestIds: string[];
                        /** @enum {unknown} */
                        status: "open" | "assigned" | "completed" | "cancelled" | "unmet" | "superseded";
                        statusReason: string | null;
                        supersededById: string | null;
                        /** @description Waves of offers sent so far */
                        wave: number;
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
    recordNoShow: {
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
                        /** Format: uuid */
                        rideRequestId: string;
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
    listRideRequestOffers: {
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
                        code: string;
                        /** Format: date-time */
                        expiresAt: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        missionId: string;
                        /** @enum {unknown} */
                        missionStatus: "open" | "assigned" | "completed" | "cancelled" | "unmet" | "superseded";
                        respondedAt: string | null;
                        score: number | null;
                        scoreParts: {
                            [key: string]: number;
                        } | null;
                        /** Format: date-time */
                        sentAt: string;
                        /** @enum {unknown} */
                        status: "pending" | "accepted" | "refused" | "expired" | "withdrawn" | "released";
                        volunteer: {
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                        };
                        wave: number;
                    }[];
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
    listResidentSeatBookings: {
        parameters: {
            query: {
                /** @description Rounds on or after this date */
                from?: string;
                page?: number;
                pageSize?: number;
                residentId: string;
                status?: "confirmed" | "waitlisted" | "cancelled";
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
                            announcedPickupAt: string | null;
                            cancelledAt: string | null;
                            /** @enum {unknown} */
                            channel: "sms" | "voice" | "staff" | "web" | "api";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            outcome: ("travelled" | "no_show" | "late_cancellation") | null;
                            passengers: number;
                            pickup: {
                                location: {
                                    lat: number;
                                    lon: number;
                                };
                                stopId: string | null;
                            };
                            plannedPickupAt: string | null;
                            /** Format: uuid */
                            residentId: string;
                            round: {
                                /** @description HH:MM, local time */
                                arrivalTime: string;
                                /** @description HH:MM, local time */
                                departureTime: string;
                                lineName: string;
                                /** Format: date */
                                serviceDate: string;
                                /** @enum {unknown} */
                                status: "open" | "closed" | "planned" | "completed" | "cancelled";
                            };
                            /** Format: uuid */
                            shuttleRoundId: string;
                            shuttleSubscriptionId: string | null;
                            /** @enum {unknown} */
                            status: "confirmed" | "waitlisted" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                            waitlistPosition: number | null;
                            wheelchair: boolean;
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
    bookSeat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Pick up at the door on a stops line (staff only; reduced mobility) */
                    atDoor?: boolean;
                    /** @description Staff accept a booking after the cut-off: the planned round is re-planned with it */
                    late?: boolean;
                    /** @description People travelling, the resident included */
                    passengers?: number;
                    /** Format: uuid */
                    pickupStopId?: string;
                    /** Format: uuid */
                    residentId: string;
                    /** Format: uuid */
                    shuttleRoundId: string;
                    /** @description Needs a wheelchair place; defaults to the resident's mobility needs */
                    wheelchair?: boolean;
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
                        announcedPickupAt: string | null;
                        cancelledAt: string | null;
                        /** @enum {unknown} */
                        channel: "sms" | "voice" | "staff" | "web" | "api";
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        outcome: ("travelled" | "no_show" | "late_cancellation") | null;
                        passengers: number;
                        pickup: {
                            location: {
                                lat: number;
                                lon: number;
                            };
                            stopId: string | null;
                        };
                        plannedPickupAt: string | null;
                        /** Format: uuid */
                        residentId: string;
                        /** Format: uuid */
                        shuttleRoundId: string;
                        shuttleSubscriptionId: string | null;
                        /** @enum {unknown} */
                        status: "confirmed" | "waitlisted" | "cancelled";
                        /** Format: date-time */
                        updatedAt: string;
                        waitlistPosition: number | null;
                        wheelchair: boolean;
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
    cancelSeatBooking: {
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
                    /** @description e.g. 'resident_cancelled' */
                    reason?: string;
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
                        announcedPickupAt: string | null;
                        cancelledAt: string | null;
                        /** @enum {unknown} */
                        channel: "sms" | "voice" | "staff" | "web" | "api";
                        /** Format: date-time */
                        createdAt: string;
                        /** Format: uuid */
                        id: string;
                        outcome: ("travelled" | "no_show" | "late_cancellation") | null;
                        passengers: number;
                        pickup: {
                            location: {
                                lat: number;
                                lon: number;
                            };
                            stopId: string | null;
                        };
                        plannedPickupAt: string | null;
                        /** Format: uuid */
                        residentId: string;
                        /** Format: uuid */
                        shuttleRoundId: string;
                        shuttleSubscriptionId: string | null;
                        /** @enum {unknown} */
                        status: "confirmed" | "waitlisted" | "cancelled";
                        /** Format: date-time */
                        updatedAt: string;
                        waitlistPosition: number | null;
                        wheelchair: boolean;
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
    listShuttleLines: {
        parameters: {
            query?: {
                active?: boolean;
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
                            /** @description HH:MM, local time */
                            arrivalTime: string;
                            bookingCutoffHours: number;
                            communeIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** @description HH:MM, local time */
                            departureTime: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            marketPlaceId: string;
                            marketWindowMinutes: number;
                            maxRideMinutes: number;
                            /** @enum {unknown} */
                            mode: "stops" | "door_to_door";
                            name: string;
                            stops: {
                                /** Format: uuid */
                                communeId: string;
                                /** Format: uuid */
                                id: string;
                                location: {
                                    lat: number;
                                    lon: number;
                                };
                                name: string;
                                sequence: number;
                            }[];
                            /** Format: date-time */
                            updatedAt: string;
                            vehicles: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                seats: number;
                                wheelchairPlaces: number;
                            }[];
                            weekday: number;
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
    createShuttleLine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Local time the shuttle reaches the market */
                    arrivalTime: string;
                    bookingCutoffHours?: number;
                    communeIds: string[];
                    /** @description Local time the shuttle leaves the market for the way back */
                    departureTime: string;
                    /** Format: uuid */
                    marketPlaceId: string;
                    /** @description Drop-offs at most this long before the arrival time, return pick-ups at most this long after the departure time */
                    marketWindowMinutes?: number;
                    maxRideMinutes?: number;
                    /**
                     * @description 'stops': fixed stops, door-to-door for reduced mobility; 'door_to_door': everyone at home
                     * @enum {unknown}
                     */
                    mode: "stops" | "door_to_door";
                    name: string;
                    stops?: {
                        /** Format: uuid */
                        communeId: string;
                        location: {
                            lat: number;
                            lon: number;
                        };
                        name: string;
                    }[];
                    vehicles: {
                        name: string;
                        /** @description Passenger seats (driver excluded) */
                        seats: number;
                        /** @default 0 */
                        wheelchairPlaces?: number;
                    }[];
                    /** @description ISO weekday, 1 = Monday */
                    weekday: number;
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
                        /** @description HH:MM, local time */
                        arrivalTime: string;
                        bookingCutoffHours: number;
                        communeIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /** @description HH:MM, local time */
                        departureTime: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        marketPlaceId: string;
                        marketWindowMinutes: number;
                        maxRideMinutes: number;
                        /** @enum {unknown} */
                        mode: "stops" | "door_to_door";
                        name: string;
                        stops: {
                            /** Format: uuid */
                            communeId: string;
                            /** Format: uuid */
                            id: string;
                            location: {
                                lat: number;
                                lon: number;
                            };
                            name: string;
                            sequence: number;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                        vehicles: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            seats: number;
                            wheelchairPlaces: number;
                        }[];
                        weekday: number;
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
    getShuttleLine: {
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
                        /** @description HH:MM, local time */
                        arrivalTime: string;
                        bookingCutoffHours: number;
                        communeIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /** @description HH:MM, local time */
                        departureTime: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        marketPlaceId: string;
                        marketWindowMinutes: number;
                        maxRideMinutes: number;
                        /** @enum {unknown} */
                        mode: "stops" | "door_to_door";
                        name: string;
                        stops: {
                            /** Format: uuid */
                            communeId: string;
                            /** Format: uuid */
                            id: string;
                            location: {
                                lat: number;
                                lon: number;
                            };
                            name: string;
                            sequence: number;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                        vehicles: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            seats: number;
                            wheelchairPlaces: number;
                        }[];
                        weekday: number;
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
    updateShuttleLine: {
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
                    /** @description Local time the shuttle reaches the market */
                    arrivalTime?: string;
                    bookingCutoffHours?: number;
                    communeIds?: string[];
                    /** @description Local time the shuttle leaves the market for the way back */
                    departureTime?: string;
                    /** @description Drop-offs at most this long before the arrival time, return pick-ups at most this long after the departure time */
                    marketWindowMinutes?: number;
                    maxRideMinutes?: number;
                    name?: string;
                    vehicles?: {
                        name: string;
                        /** @description Passenger seats (driver excluded) */
                        seats: number;
                        /** @default 0 */
                        wheelchairPlaces?: number;
                    }[];
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
                        /** @description HH:MM, local time */
                        arrivalTime: string;
                        bookingCutoffHours: number;
                        communeIds: string[];
                        /** Format: date-time */
                        createdAt: string;
                        /** @description HH:MM, local time */
                        departureTime: string;
                        /** Format: uuid */
                        id: string;
                        /** Format: uuid */
                        marketPlaceId: string;
                        marketWindowMinutes: number;
                        maxRideMinutes: number;
                        /** @enum {unknown} */
                        mode: "stops" | "door_to_door";
                        name: string;
                        stops: {
                            /** Format: uuid */
                            communeId: string;
                            /** Format: uuid */
                            id: string;
                            location: {
                                lat: number;
                                lon: number;
                            };
                            name: string;
                            sequence: number;
                        }[];
                        /** Format: date-time */
                        updatedAt: string;
                        vehicles: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            seats: number;
                            wheelchairPlaces: number;
                        }[];
                        weekday: number;
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
    listShuttleRounds: {
        parameters: {
            query?: {
                from?: string;
                page?: number;
                pageSize?: number;
                shuttleLineId?: string;
                status?: "open" | "closed" | "planned" | "completed" | "cancelled";
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
                            arrivalTime: string;
                            capacity: {
                                seats: number;
                                wheelchairPlaces: number;
                            };
                            /** Format: date-time */
                            cutoffAt: string;
                            departureTime: string;
                            /** Format: uuid */
                            id: string;
                            /**
                             * Format: date
                             * @description The date the line's weekday gives
                             */
                            nominalDate: string;
                            plannedAt: string | null;
                            planVersion: number;
                            remindersSentAt: string | null;
                            /**
                             * Format: date
                             * @description The date it runs (moved for a holiday or by staff)
                             */
                            serviceDate: string;
                            /** Format: uuid */
                            shuttleLineId: string;
                            /** @enum {unknown} */
                            status: "open" | "closed" | "planned" | "completed" | "cancelled";
                            statusReason: string | null;
                            taken: {
                                seats: number;
                                wheelchairPlaces: number;
                            };
                            vehicles: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                seats: number;
                                wheelchairPlaces: number;
                            }[];
                            waitlisted: number;
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
    getShuttleRound: {
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
                        arrivalTime: string;
                        capacity: {
                            seats: number;
                            wheelchairPlaces: number;
                        };
                        /** Format: date-time */
                        cutoffAt: string;
                        departureTime: string;
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: date
                         * @description The date the line's weekday gives
                         */
                        nominalDate: string;
                        plannedAt: string | null;
                        planVersion: number;
                        remindersSentAt: string | null;
                        /**
                         * Format: date
                         * @description The date it runs (moved for a holiday or by staff)
                         */
                        serviceDate: string;
                        /** Format: uuid */
                        shuttleLineId: string;
                        /** @enum {unknown} */
                        status: "open" | "closed" | "planned" | "completed" | "cancelled";
                        statusReason: string | null;
                        taken: {
                            seats: number;
                            wheelchairPlaces: number;
                        };
                        vehicles: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            seats: number;
                            wheelchairPlaces: number;
                        }[];
                        waitlisted: number;
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
    changeShuttleRound: {
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
                    /** @description Local time the shuttle reaches the market */
                    arrivalTime?: string;
                    /** @description Local time the shuttle leaves the market */
                    departureTime?: string;
                    /** @description Machine-readable reason, e.g. 'vehicle_breakdown', 'snow' */
                    reason: string;
                    /** Format: date */
                    serviceDate?: string;
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
                        arrivalTime: string;
                        capacity: {
                            seats: number;
                            wheelchairPlaces: number;
                        };
                        /** Format: date-time */
                        cutoffAt: string;
                        departureTime: string;
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: date
                         * @description The date the line's weekday gives
                         */
                        nominalDate: string;
                        plannedAt: string | null;
                        planVersion: number;
                        remindersSentAt: string | null;
                        /**
                         * Format: date
                         * @description The date it runs (moved for a holiday or by staff)
                         */
                        serviceDate: string;
                        /** Format: uuid */
                        shuttleLineId: string;
                        /** @enum {unknown} */
                        status: "open" | "closed" | "planned" | "completed" | "cancelled";
                        statusReason: string | null;
                        taken: {
                            seats: number;
                            wheelchairPlaces: number;
                        };
                        vehicles: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            seats: number;
                            wheelchairPlaces: number;
                        }[];
                        waitlisted: number;
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
    listSeatBookings: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "confirmed" | "waitlisted" | "cancelled";
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
                            announcedPickupAt: string | null;
                            cancelledAt: string | null;
                            /** @enum {unknown} */
                            channel: "sms" | "voice" | "staff" | "web" | "api";
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: uuid */
                            id: string;
                            outcome: ("travelled" | "no_show" | "late_cancellation") | null;
                            passengers: number;
                            pickup: {
                                location: {
                                    lat: number;
                                    lon: number;
                                };
                                stopId: string | null;
                            };
                            plannedPickupAt: string | null;
                            /** Format: uuid */
                            residentId: string;
                            /** Format: uuid */
                            shuttleRoundId: string;
                            shuttleSubscriptionId: string | null;
                            /** @enum {unknown} */
                            status: "confirmed" | "waitlisted" | "cancelled";
                            /** Format: date-time */
                            updatedAt: string;
                            waitlistPosition: number | null;
                            wheelchair: boolean;
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
    cancelShuttleRound: {
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
                    /** @description Machine-readable reason, e.g. 'vehicle_breakdown', 'snow' */
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
                        arrivalTime: string;
                        capacity: {
                            seats: number;
                            wheelchairPlaces: number;
                        };
                        /** Format: date-time */
                        cutoffAt: string;
                        departureTime: string;
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: date
                         * @description The date the line's weekday gives
                         */
                        nominalDate: string;
                        plannedAt: string | null;
                        planVersion: number;
                        remindersSentAt: string | null;
                        /**
                         * Format: date
                         * @description The date it runs (moved for a holiday or by staff)
                         */
                        serviceDate: string;
                        /** Format: uuid */
                        shuttleLineId: string;
                        /** @enum {unknown} */
                        status: "open" | "closed" | "planned" | "completed" | "cancelled";
                        statusReason: string | null;
                        taken: {
                            seats: number;
                            wheelchairPlaces: number;
                        };
                        vehicles: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            seats: number;
                            wheelchairPlaces: number;
                        }[];
                        waitlisted: number;
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
    getShuttleRoundPlan: {
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
                        legs: {
                            /** @enum {unknown} */
                            leg: "outbound" | "return";
                            vehicles: {
                                /** Format: date-time */
                                departAt: string;
                                distanceMeters: number;
                                /** @description [lon, lat] vertices of the route, for a map */
                                geometry: number[][];
                                name: string;
                                /** Format: date-time */
                                returnAt: string;
                                stops: {
                                    /** Format: date-time */
                                    at: string;
                                    firstName: string;
                                    /** @enum {unknown} */
                                    kind: "pickup" | "dropoff";
                                    location: {
                                        lat: number;
                                        lon: number;
                                    };
                                    passengers: number;
                                    /** @description Where the resident boards or alights: 'door', a line 'stop', or the 'market' */
                                    place: {
                                        /** @enum {unknown} */
                                        kind: "door" | "stop" | "market";
                                        name?: string;
                                        /** Format: uuid */
                                        stopId?: string;
                                    };
                                    /** Format: uuid */
                                    residentId: string;
                                    /** Format: uuid */
                                    seatBookingId: string;
                                    sequence: number;
                                    wheelchair: boolean;
                                }[];
                                /** Format: uuid */
                                vehicleId: string;
                            }[];
                        }[];
                        plannedAt: string | null;
                        planVersion: number;
                        /** Format: date */
                        serviceDate: string;
                        /** Format: uuid */
                        shuttleRoundId: string;
                        /** @enum {unknown} */
                        status: "open" | "closed" | "planned" | "completed" | "cancelled";
                        unserved: {
                            /** Format: uuid */
                            residentId: string;
                            /** Format: uuid */
                            seatBookingId: string;
                        }[];
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
    planShuttleRound: {
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
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        queued: boolean;
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
    getShuttleRoundPlanningState: {
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
                        plannedAt: string | null;
                        planVersion: number;
                        requestedAt: string | null;
                        /** Format: uuid */
                        shuttleRoundId: string;
                        /**
                         * @description idle: nothing asked since the last plan; queued: waiting for the worker; running: with the worker
                         * @enum {unknown}
                         */
                        state: "idle" | "queued" | "running";
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
    createShuttleRouteSheetLink: {
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
                        /** Format: date-time */
                        expiresAt: string;
                        /** @description The driver's link: the route sheet PDF, no login */
                        url: string;
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
    getShuttleRouteSheet: {
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
            /** @description The driver's route sheet, A4 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
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
    addShuttleRoundVehicle: {
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
                    name: string;
                    /** @description Passenger seats (driver excluded) */
                    seats: number;
                    /** @default 0 */
                    wheelchairPlaces?: number;
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
                        arrivalTime: string;
                        capacity: {
                            seats: number;
                            wheelchairPlaces: number;
                        };
                        /** Format: date-time */
                        cutoffAt: string;
                        departureTime: string;
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: date
                         * @description The date the line's weekday gives
                         */
                        nominalDate: string;
                        plannedAt: string | null;
                        planVersion: number;
                        remindersSentAt: string | null;
                        /**
                         * Format: date
                         * @description The date it runs (moved for a holiday or by staff)
                         */
                        serviceDate: string;
                        /** Format: uuid */
                        shuttleLineId: string;
                        /** @enum {unknown} */
                        status: "open" | "closed" | "planned" | "completed" | "cancelled";
                        statusReason: string | null;
                        taken: {
                            seats: number;
                            wheelchairPlaces: number;
                        };
                        vehicles: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            seats: number;
                            wheelchairPlaces: number;
                        }[];
                        waitlisted: number;
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
    listShuttleSubscriptions: {
        parameters: {
            query?: {
                active?: boolean;
                page?: number;
                pageSize?: number;
                residentId?: string;
                shuttleLineId?: string;
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
                            atDoor: boolean;
                            /** @enum {unknown} */
                            channel: "sms" | "voice" | "staff" | "web" | "api";
                            /** Format: date-time */
                            createdAt: string;
                            endedAt: string | null;
                            /** Format: uuid */
                            id: string;
                            passengers: number;
                            pickupStopId: string | null;
                            /** Format: uuid */
                            residentId: string;
                            /** Format: uuid */
                            shuttleLineId: string;
                            skippedDates: string[];
                            /** Format: date */
                            startsOn: string;
                            wheelchair: boolean;
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
    subscribeToShuttleLine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Pick up at the door on a stops line (staff only) */
                    atDoor?: boolean;
                    passengers?: number;
                    /** Format: uuid */
                    pickupStopId?: string;
                    /** Format: uuid */
                    residentId: string;
                    /** Format: uuid */
                    shuttleLineId: string;
                    /**
                     * Format: date
                     * @description First service date it applies to (default: the next round)
                     */
                    startsOn?: string;
                    wheelchair?: boolean;
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
                        atDoor: boolean;
                        /** @enum {unknown} */
                        channel: "sms" | "voice" | "staff" | "web" | "api";
                        /** Format: date-time */
                        createdAt: string;
                        endedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        passengers: number;
                        pickupStopId: string | null;
                        /** Format: uuid */
                        residentId: string;
                        /** Format: uuid */
                        shuttleLineId: string;
                        skippedDates: string[];
                        /** Format: date */
                        startsOn: string;
                        wheelchair: boolean;
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
    endShuttleSubscription: {
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
                        atDoor: boolean;
                        /** @enum {unknown} */
                        channel: "sms" | "voice" | "staff" | "web" | "api";
                        /** Format: date-time */
                        createdAt: string;
                        endedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        passengers: number;
                        pickupStopId: string | null;
                        /** Format: uuid */
                        residentId: string;
                        /** Format: uuid */
                        shuttleLineId: string;
                        skippedDates: string[];
                        /** Format: date */
                        startsOn: string;
                        wheelchair: boolean;
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
    skipShuttleDate: {
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
                    /**
                     * Format: date
                     * @description A round's date (its service date or its nominal date)
                     */
                    date: string;
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
                        atDoor: boolean;
                        /** @enum {unknown} */
                        channel: "sms" | "voice" | "staff" | "web" | "api";
                        /** Format: date-time */
                        createdAt: string;
                        endedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        passengers: number;
                        pickupStopId: string | null;
                        /** Format: uuid */
                        residentId: string;
                        /** Format: uuid */
                        shuttleLineId: string;
                        skippedDates: string[];
                        /** Format: date */
                        startsOn: string;
                        wheelchair: boolean;
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
    startSimulation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A second scenario to compare with the first */
                    compare?: {
                        [key: string]: unknown;
                    };
                    /** @description A scenario, format version 1 (docs/simulator.md); `{"version": 1}` is the territory as it is over 28 days */
                    scenario: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        compare: {
                            [key: string]: unknown;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        error: string | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        progress: {
                            day: number;
                            days: number;
                            /** @enum {unknown} */
                            scenario: "A" | "B";
                        } | null;
                        result: {
                            a: {
                                [key: string]: unknown;
                            };
                            b: {
                                [key: string]: unknown;
                            } | null;
                            comparison: {
                                [key: string]: unknown;
                            } | null;
                            descriptions: {
                                a: string;
                                b: string | null;
                            };
                            seconds: {
                                a: number;
                                b: number | null;
                            };
                        } | null;
                        scenario: {
                            [key: string]: unknown;
                        };
                        startedAt: string | null;
                        /** @enum {unknown} */
                        status: "queued" | "running" | "done" | "failed";
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
    getSimulation: {
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
                        compare: {
                            [key: string]: unknown;
                        } | null;
                        /** Format: date-time */
                        createdAt: string;
                        error: string | null;
                        finishedAt: string | null;
                        /** Format: uuid */
                        id: string;
                        progress: {
                            day: number;
                            days: number;
                            /** @enum {unknown} */
                            scenario: "A" | "B";
                        } | null;
                        result: {
                            a: {
                                [key: string]: unknown;
                            };
                            b: {
                                [key: string]: unknown;
                            } | null;
                            comparison: {
                                [key: string]: unknown;
                            } | null;
                            descriptions: {
                                a: string;
                                b: string | null;
                            };
                            seconds: {
                                a: number;
                                b: number | null;
                            };
                        } | null;
                        scenario: {
                            [key: string]: unknown;
                        };
                        startedAt: string | null;
                        /** @enum {unknown} */
                        status: "queued" | "running" | "done" | "failed";
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
    getSimulationCsv: {
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
            /** @description The indicators as a French spreadsheet (semicolons, decimal commas, UTF-8 with BOM) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getSimulationPdf: {
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
            /** @description The comparison of the two scenarios as a printable French report, A4 PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
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
                            communeIds: string[];
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
                        communeIds: string[];
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
    setStaffCommunes: {
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
                    /** @description The communes whose residents this partner sees and books for (replaces the list) */
                    communeIds: string[];
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
                        communeIds: string[];
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
    getTerritory: {
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
                        contactPhone: string | null;
                        /** Format: uuid */
                        id: string;
                        name: string;
                        rides: {
                            destinationRadiusKm: number;
                            minNoticeHours: number;
                            /** @description ISO weekdays (1 = Monday) */
                            serviceDays: number[];
                            /** @description HH:MM, local time */
                            serviceEnd: string;
                            /** @description HH:MM, local time */
                            serviceStart: string;
                        };
                        /** @description IANA zone: show and read times in it */
                        timeZone: string;
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
    getVolunteerStatement: {
        parameters: {
            query?: {
                /** @description json (rows and totals), csv (semicolons, decimal commas, for a spreadsheet) or pdf (to print) */
                format?: "json" | "csv" | "pdf";
            };
            header?: never;
            path: {
                id: string;
                /** @description Calendar month, YYYY-MM (territory time) */
                month: string;
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
                        currentRateEurPerKm: number;
                        /** Format: date-time */
                        generatedAt: string;
                        month: string;
                        rows: {
                            amountEur: number | null;
                            code: string;
                            /** Format: date */
                            date: string;
                            from: string;
                            km: number | null;
                            /** Format: uuid */
                            missionId: string;
                            rateEurPerKm: number;
                            time: string;
                            to: string;
                        }[];
                        territoryName: string;
                        timeZone: string;
                        totals: {
                            amountEur: number;
                            km: number;
                            /** @description Trips whose distance is not measured yet (left out of the totals) */
                            pending: number;
                            trips: number;
                        };
                        volunteer: {
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                        };
                    };
                    "application/pdf": {
                        currentRateEurPerKm: number;
                        /** Format: date-time */
                        generatedAt: string;
                        month: string;
                        rows: {
                            amountEur: number | null;
                            code: string;
                            /** Format: date */
                            date: string;
                            from: string;
                            km: number | null;
                            /** Format: uuid */
                            missionId: string;
                            rateEurPerKm: number;
                            time: string;
                            to: string;
                        }[];
                        territoryName: string;
                        timeZone: string;
                        totals: {
                            amountEur: number;
                            km: number;
                            /** @description Trips whose distance is not measured yet (left out of the totals) */
                            pending: number;
                            trips: number;
                        };
                        volunteer: {
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
                        };
                    };
                    "text/csv": {
                        currentRateEurPerKm: number;
                        /** Format: date-time */
                        generatedAt: string;
                        month: string;
                        rows: {
                            amountEur: number | null;
                            code: string;
                            /** Format: date */
                            date: string;
                            from: string;
                            km: number | null;
                            /** Format: uuid */
                            missionId: string;
                            rateEurPerKm: number;
                            time: string;
                            to: string;
                        }[];
                        territoryName: string;
                        timeZone: string;
                        totals: {
                            amountEur: number;
                            km: number;
                            /** @description Trips whose distance is not measured yet (left out of the totals) */
                            pending: number;
                            trips: number;
                        };
                        volunteer: {
                            firstName: string;
                            /** Format: uuid */
                            id: string;
                            lastName: string;
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
                    "application/pdf": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "application/pdf": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "application/pdf": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "application/pdf": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "application/pdf": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                    "application/pdf": components["schemas"]["ErrorResponse"];
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    receiveTwilioSms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Twilio's incoming-message form, every field signed */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    AccountSid?: string;
                    /** @description The text, up to 1600 characters */
                    Body?: string;
                    /** @description The sender's number (E.164) */
                    From?: string;
                    /** @description SM…, the id of this SMS: handled once */
                    MessageSid?: string;
                    /** @description The territory's service number (E.164) */
                    To?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Empty TwiML (answers go out through the outbox) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
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
    answerTwilioVoice: {
        parameters: {
            query?: {
                index?: string;
                /** @description Our message, on our own calls */
                messageId?: string;
                /** @description ride_request:<id> or seat_booking:<id> */
                ref?: string;
                /** @description The shuttle round offered */
                round?: string;
                /** @description Silences in a row */
                silence?: number;
                /** @description Which question the key answers; none: a new call */
                step?: "incoming" | "menu" | "shuttle_confirm" | "cancel_pick" | "cancel_confirm" | "voicemail" | "outbound_answer";
                /** @description Step counter within the call */
                turn?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Twilio's voice webhook form, every field signed */
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": {
                    AccountSid?: string;
                    /** @description CA…, the call */
                    CallSid?: string;
                    /** @description The key pressed at a Gather */
                    Digits?: string;
                    /** @description Caller (E.164); our number on our own calls */
                    From?: string;
                    RecordingDuration?: string;
                    /** @description A voicemail recording (Record action) */
                    RecordingUrl?: string;
                    /** @description Called number (E.164); the resident on our own calls */
                    To?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description TwiML: what to say and which key to wait for */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/xml": string;
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
}
