export {
  type FakeGraphHopper,
  type FakeGraphHopperOptions,
  type FakeLatLon,
  type RecordedRequest,
  startFakeGraphHopper,
} from './graphhopper-server';
