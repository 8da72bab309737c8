import { type ReactNode, useEffect, useRef } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useSession, useStaff } from '../auth/session';
import { staffRoleLabels } from '../i18n/labels';

/** The staff pages' frame: a skip link, the header with who is logged in, the main navigation. */
export function StaffLayout() {
  const session = useStaff();
  const { logout, can } = useSession();
  const links = [
    { to: '/app', label: "Aujourd'hui", end: true, show: true },
    { to: '/app/appel', label: 'Accueil téléphonique', show: can('residents:read') },
    { to: '/app/habitants', label: 'Habitants', show: can('residents:read') },
    { to: '/app/benevoles', label: 'Bénévoles', show: can('volunteers:read') },
    { to: '/app/demandes', label: 'Demandes', show: can('ride_requests:read') },
    { to: '/app/navettes', label: 'Navettes', show: can('shuttles:read') },
    { to: '/app/rapports', label: 'Rapports', show: can('reports:read') },
    { to: '/app/simulateur', label: 'Simulateur', show: can('simulations:run') },
  ];
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header">
        <p className="brand">
          <span aria-hidden="true">●</span> Solimob
        </p>
        <nav aria-label="Navigation principale">
          <ul>
            {links
              .filter((link) => link.show)
              .map((link) => (
                <li key={link.to}>
                  <NavLink to={link.to} end={link.end}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {session.user.displayName} <span className="role">· {staffRoleLabels[session.user.role]}</span>
          </span>
          <button type="button" className="secondary small" onClick={() => void logout()}>
            Se déconnecter
          </button>
        </div>
      </header>
      <main id="contenu" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

/**
 * One page: sets the window title and moves focus to the page's heading when it opens, so a screen
 * reader announces where a link led.
 */
export function Page({
  title,
  actions,
  children,
  lead,
  focusHeading = true,
}: {
  title: string;
  actions?: ReactNode;
  lead?: ReactNode;
  children: ReactNode;
  /** False when the page puts focus on its own first field (the phone desk's search box). */
  focusHeading?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Solimob`;
    if (focusHeading) heading.current?.focus({ preventScroll: true });
  }, [title, focusHeading]);
  return (
    <div className="page">
      <div className="page-head">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="page-actions">{actions}</div>}
      </div>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </div>
  );
}
