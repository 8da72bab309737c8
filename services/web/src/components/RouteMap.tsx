import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useAppConfig } from '../api/queries';
import type { RoundPlan } from '../api/types';
import { formatTime } from '../lib/format';

/** Tooltip content as text: Leaflet would read a string as HTML, and names come from the database. */
function text(content: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = content;
  return element;
}

/** Outbound and return legs in two colours that keep 3:1 against the map and each other. */
const LEG_COLOURS = { outbound: '#004a99', return: '#a34700' } as const;

/**
 * A round's planned routes on a map: one line per vehicle and leg, a numbered point per stop. Drawn as
 * vectors (SVG) over the background tiles, so the routes and stops show even when no tile server can be
 * reached or none is configured. The order table next to it says the same in words.
 */
export function RouteMap({ plan, label }: { plan: RoundPlan; label: string }) {
  const container = useRef<HTMLElement>(null);
  const config = useAppConfig();
  const tiles = config.data?.mapTiles;

  useEffect(() => {
    const element = container.current;
    if (!element || !config.isFetched) return;
    const map = L.map(element, { zoomControl: false, attributionControl: true, preferCanvas: false });
    L.control.zoom({ zoomInTitle: 'Zoom avant', zoomOutTitle: 'Zoom arrière' }).addTo(map);
    map.attributionControl.setPrefix(false);
    if (tiles?.url) L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 18 }).addTo(map);
    const bounds = L.latLngBounds([]);
    for (const leg of plan.legs) {
      for (const vehicle of leg.vehicles) {
        const colour = LEG_COLOURS[leg.leg];
        const line = vehicle.geometry.map(([lon, lat]) => L.latLng(lat!, lon!));
        if (line.length >= 2) {
          // The return often retraces the way there: a wide solid line under a thin dashed one shows both.
          const outbound = leg.leg === 'outbound';
          L.polyline(line, {
            color: colour,
            weight: outbound ? 7 : 3,
            opacity: 0.9,
            dashArray: outbound ? undefined : '6 8',
          })
            .bindTooltip(text(`${leg.leg === 'outbound' ? 'Aller' : 'Retour'} : ${vehicle.name}`))
            .addTo(map);
        }
        for (const stop of vehicle.stops) {
          const point = L.latLng(stop.location.lat, stop.location.lon);
          bounds.extend(point);
          L.circleMarker(point, { radius: 7, color: '#1b1b1b', weight: 2, fillColor: colour, fillOpacity: 1 })
            .bindTooltip(
              text(
                `${stop.sequence}. ${formatTime(stop.at)} ${stop.kind === 'pickup' ? 'prise en charge' : 'dépose'} : ${stop.firstName}`,
              ),
            )
            .addTo(map);
        }
        for (const point of line) bounds.extend(point);
      }
    }
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24] });
    else map.setView([47.66, -2.45], 11);
    return () => {
      map.remove();
    };
  }, [plan, tiles, config.isFetched]);

  return (
    <figure className="route-map">
      <section ref={container} className="route-map-canvas" aria-label={label} />
      <figcaption>
        <span className="legend legend-outbound">Trait plein : aller</span>{' '}
        <span className="legend legend-return">pointillés : retour</span>. Chaque point est un arrêt ;
        survolez-le pour l'heure et la personne. Le détail est dans le tableau ci-dessous.
        {!tiles?.url && ' (Fond de carte désactivé.)'}
      </figcaption>
    </figure>
  );
}
