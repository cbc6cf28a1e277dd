// Package api serves one Aoraki node's HTTP API: JSON views of its tasks,
// segments, provers, peers and prices, a server-sent event stream of its
// live updates, Prometheus metrics, and a dashboard page that shows them.
// Operators, browsers and the testnet tools call it; the node itself never does. Everything it serves
// is read from the node's store, its event stream and read-only accessors
// (the Node interface it takes: *node.Node): the API changes nothing. The
// node runs it as one of its services (node.Config.API).
//
// # Routes
//
//	GET /v1/status          the node: address, peer id, listen addrs, contract,
//	                        task counts, gossip peers per topic, clearing price
//	GET /v1/tasks           tasks, newest first; ?state=<task state> filters,
//	                        ?limit=<1..1000> caps (default 100)
//	GET /v1/tasks/{id}      one task with its segments (id: 32 bytes hex, 0x optional)
//	GET /v1/provers         provers' standing with this node (reputation)
//	GET /v1/prices          clearing price per million constraints, recent awards
//	GET /v1/network         nodes and provers online on gossip; each prover's
//	                        capacity (as its bids claim), record and earnings here
//	GET /v1/events          server-sent events: the node's live updates
//	GET /metrics            Prometheus text exposition
//	GET /                   the dashboard (HTML)
//	GET /ui/{file}          its script and style sheet (app.js, style.css)
//
// Amounts are decimal strings of wei; hashes, ids and addresses are 0x hex;
// times are RFC 3339 and left out when unset. Errors are
// {"error": "..."} with 400 (malformed id, filter or limit), 404 (unknown task or
// route), 405 (wrong method) or 503 (too many event streams).
//
// Provers in /v1/network come from three sources: the peers subscribed to
// the segments topic (online), the latest bid each prover signed on gossip
// for any node's task (its address, peer, capacity and queue, as it
// claims; the 1024 heard from most recently are kept), and this node's
// store (proven, missed, invalid, ban, and payouts of its fulfilled tasks).
//
// A task in /v1/tasks/{id}:
//
//	{"id": "0x1c…", "state": "fulfilled", "requester": "0xab…", "price": "5400000000",
//	 "deadline": "2026-11-23T21:00:00Z", "family": "dtree-…", "segment_count": 5,
//	 "segments_proven": 5, "receipt_cid": "bafk…", "fulfil_tx": "0x9e…", "attestations": 1,
//	 "created": "…", "updated": "…",
//	 "segments": [{"index": 0, "state": "proven", "attempt": 1, "constraints": 41000,
//	   "price_cap": "900000000", "max_price": "450000000", "bids": 1,
//	   "award": {"prover": "0xcd…", "price": "400000000", "deadline": "…", "at": "…"},
//	   "announced_at": "…", "proven_at": "…"}]}
//
// # Dashboard
//
// The page at / (ui/, embedded in the binary) is plain HTML, CSS and
// JavaScript with no build step and nothing fetched from elsewhere, so it
// works offline. It reads only the routes above: the node's summary,
// tasks newest first, the newest (or chosen, #task=0x…) task's segments,
// provers' standing, and a log of the live events; and it draws three
// pictures as inline SVG: the network (this node, the other nodes on the
// verifier set's topic, the provers on the segments topic or heard
// bidding, each with its capacity and record), the price of each recent
// award per million constraints over time against the clearing price,
// and the chosen task's segment timeline (announced → awarded → proven).
// Each event refreshes
// the views; a dropped stream shows as "disconnected" and is reopened with
// backoff (1 s doubling to 30 s). Strings from the API reach the page only
// as text or attribute values, and its Content-Security-Policy allows no
// inline script. Elements carry ids and data attributes (data-task-id,
// data-state, data-index, data-prover, data-kind) for tests and tools.
//
// # Events
//
// /v1/events relays node.Event values as they happen, one per message:
//
//	event: segment
//	data: {"kind":"segment","at":"…","data":{"task":"0x1c…","index":0,"state":"proven"}}
//
// with a comment line (": heartbeat") every Config.Heartbeat so that proxies
// keep the stream open. A client that falls behind loses events (the node
// never waits for its subscribers); one that disconnects ends its
// subscription at once. ?kind=task,segment keeps only those kinds.
//
// # Metrics
//
// Each Service has its own prometheus.Registry, so several nodes can run in
// one process. Gauges and the store-derived counters are read at scrape
// time; the event-derived counters (bids, awards, transitions, fulfil gas)
// count from Start and are read together, so a scrape never shows a
// fulfil's gas without its transition. Every task state's transitions
// counter is exposed from the start, at 0.
//
//	aoraki_node_tasks{state}                    gauge: tasks in the store by state
//	aoraki_node_open_segments{state}            gauge: segments of open tasks by state
//	aoraki_node_segments_proven_total           counter: verified receipts (store, survives restarts)
//	aoraki_node_invalid_receipts_total          counter: receipts that failed verification (store)
//	aoraki_node_missed_deadlines_total          counter: awards whose prover missed its deadline (store)
//	aoraki_node_bids_received_total             counter: valid bids received on gossip
//	aoraki_node_awards_total                    counter: segment awards published
//	aoraki_node_attestations_total              counter: attestations held for this node's tasks (store)
//	aoraki_node_task_transitions_total{state}   counter: task state changes seen
//	aoraki_node_fulfil_gas                      histogram: gas used by each fulfil transaction
//	aoraki_node_gossip_peers{topic}             gauge: subscribed peers per topic
//	aoraki_node_clearing_price_wei_per_mconstraint  gauge
//	aoraki_node_fulfil_gas_lookup_failures_total  counter: fulfils whose event carried no gas
//	aoraki_node_api_event_streams               gauge: open /v1/events streams
//
// plus the Go runtime and process collectors.
package api
