// Seeds a bench deployment through the public API, as real members would.

async function post(origin, cookie, path, body) {
  const res = await fetch(`${origin}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin, cookie },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 201) throw new Error(`POST ${path} answered ${res.status}: ${text}`);
  return JSON.parse(text);
}

async function inBatches(items, size, fn) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function meeting(i) {
  const online = i % 2 === 0;
  return {
    title: `Evening circle ${i + 1}`,
    recurrence: { freq: 'weekly', interval: 1, byDay: [DAYS[i % 7], DAYS[(i + 3) % 7]] },
    startTime: `${String(7 + (i % 14)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
    durationMinutes: 60,
    format: online ? 'online' : 'in_person',
    ...(online
      ? { conferenceUrl: `https://meet.example.org/circle-${i}` }
      : { location: { name: 'Community hall', address: `${100 + i} Main Street`, city: 'Springfield', region: 'IL', postalCode: '62701', country: 'US' } }),
    open: true,
    types: ['O', 'D'],
  };
}

/** `groups` listed groups of `seriesPerGroup` weekly meetings each, owned by the cookie's member. */
export async function seedGroups(origin, cookie, { groups, seriesPerGroup, prefix }) {
  const ids = [];
  await inBatches([...Array(groups).keys()], 8, async (g) => {
    const group = await post(origin, cookie, '/api/groups', {
      name: `${prefix} group ${g + 1}`,
      timeZone: ['America/New_York', 'Europe/Madrid', 'America/Chicago'][g % 3],
      joinPolicy: 'open',
      listed: true,
    });
    ids.push(group.id);
    for (let s = 0; s < seriesPerGroup; s += 1) {
      await post(origin, cookie, `/api/groups/${group.id}/meetings`, meeting(g * seriesPerGroup + s));
    }
  });
  return ids;
}
