import { createHashRouter, Navigate } from 'react-router';
import { AboutPage } from '../features/app/AboutPage';
import { RouteError } from './ErrorBoundary';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

/**
 * Hash routes: the same build is loaded from app://eap/index.html in Electron and from
 * 127.0.0.1 in tests, and a hash never asks the server (or the protocol handler) for a path.
 * The pathless route between the shell and the pages keeps the shell up when a page fails.
 */
export const createRouter = () =>
  createHashRouter([
    {
      path: '/',
      element: <Shell />,
      errorElement: <RouteError />,
      children: [
        {
          errorElement: <RouteError />,
          children: [
            { index: true, element: <Navigate to="/about" replace /> },
            { path: 'about', element: <AboutPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
