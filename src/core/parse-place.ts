/** An event's place (name, region, country, coordinates) and fatalities (count, low–high, who counted). */
import type { DatasetReader, Rec } from './dataset-reader.js';
import { isAbsent } from './dataset-reader.js';
import { describeValue, isRecord } from './guards.js';
import type { Fatalities, Place } from './types.js';

export function readPlace(reader: DatasetReader, rec: Rec, base: string): Place | undefined {
  const value = rec.place;
  if (isAbsent(value)) return undefined;
  if (!isRecord(value)) {
    reader.warn(
      base + '/place',
      `place must be an object with a name, not ${describeValue(value)} (removed)`,
    );
    return undefined;
  }
  const path = base + '/place';
  const name = value.name;
  if (typeof name !== 'string' || name.trim() === '') {
    reader.warn(
      path + '/name',
      isAbsent(name)
        ? 'place has no name (place removed)'
        : `place name must be text, not ${describeValue(name)} (place removed)`,
    );
    return undefined;
  }
  const place: Place = { name: reader.limit(name, reader.maxShort, path, 'name') };
  const admin1 = reader.optionalText(value, 'admin1', path);
  if (admin1 !== undefined) place.admin1 = admin1;
  const country = reader.optionalText(value, 'country', path);
  if (country !== undefined) place.country = country;

  const lat = value.lat;
  const lon = value.lon;
  const hasLat = !isAbsent(lat);
  const hasLon = !isAbsent(lon);
  if (hasLat || hasLon) {
    const latOk = coordinate(reader, lat, hasLat, 'lat', 90, path, hasLon);
    const lonOk = coordinate(reader, lon, hasLon, 'lon', 180, path, hasLat);
    if (latOk && lonOk) {
      place.lat = lat as number;
      place.lon = lon as number;
    }
  }
  const approximate = value.approximate;
  if (typeof approximate === 'boolean') place.approximate = approximate;
  else if (!isAbsent(approximate)) {
    reader.warn(
      path + '/approximate',
      `approximate must be true or false, not ${describeValue(approximate)} (removed)`,
    );
  }
  return place;
}

/** Checks one coordinate; false (and a warning saying why both are removed) when it is unusable. */
function coordinate(
  reader: DatasetReader,
  value: unknown,
  present: boolean,
  key: 'lat' | 'lon',
  max: number,
  path: string,
  otherPresent: boolean,
): boolean {
  if (typeof value === 'number' && value >= -max && value <= max) return otherPresent;
  const word = key === 'lat' ? 'latitude' : 'longitude';
  if (!present) {
    const other = key === 'lat' ? 'lon' : 'lat';
    reader.warn(path + '/' + key, `place has ${other} but no ${key} (coordinates removed)`);
  } else if (typeof value !== 'number' || !Number.isFinite(value)) {
    reader.warn(
      path + '/' + key,
      `${word} must be a number, not ${describeValue(value)} (coordinates removed)`,
    );
  } else {
    reader.warn(path + '/' + key, `${word} ${value} is outside -${max} to ${max} (coordinates removed)`);
  }
  return false;
}

export function readFatalities(reader: DatasetReader, rec: Rec, base: string): Fatalities | undefined {
  const value = rec.fatalities;
  if (isAbsent(value)) return undefined;
  const path = base + '/fatalities';
  if (!isRecord(value)) {
    reader.warn(
      path,
      `fatalities must be an object such as { "count": 12 }, not ${describeValue(value)} (removed)`,
    );
    return undefined;
  }
  const count = reader.count(value, 'count', path);
  let low = reader.count(value, 'low', path);
  let high = reader.count(value, 'high', path);
  if (low !== undefined && high !== undefined && low > high) {
    reader.warn(path, `low ${low} is greater than high ${high} (low and high removed)`);
    low = high = undefined;
  }
  if (count === undefined && low === undefined && high === undefined) {
    if (isAbsent(value.count) && isAbsent(value.low) && isAbsent(value.high)) {
      reader.warn(path, 'fatalities has no count, low or high (removed)');
    }
    return undefined;
  }
  const fatalities: Fatalities = {};
  if (count !== undefined) fatalities.count = count;
  if (low !== undefined) fatalities.low = low;
  if (high !== undefined) fatalities.high = high;
  const who = reader.optionalText(value, 'who', path);
  if (who !== undefined) fatalities.who = who;
  const claimedBy = reader.optionalText(value, 'claimedBy', path);
  if (claimedBy !== undefined) fatalities.claimedBy = claimedBy;
  return fatalities;
}
