package api

import (
	"context"
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/store"
)

const ns = "aoraki_node"

// metrics are one node's Prometheus metrics (see the package doc).
type metrics struct {
	s      *Service
	counts *eventCounts

	tasksDesc, segmentsDesc, provenDesc, invalidDesc, missedDesc, attestDesc *prometheus.Desc
	peersDesc, clearingDesc, streamsDesc                                     *prometheus.Desc
}

func newMetrics(s *Service) (*metrics, error) {
	m := &metrics{
		s:            s,
		counts:       newEventCounts(),
		tasksDesc:    prometheus.NewDesc(ns+"_tasks", "Tasks in the store by state.", []string{"state"}, nil),
		segmentsDesc: prometheus.NewDesc(ns+"_open_segments", "Segments of open tasks by state.", []string{"state"}, nil),
		provenDesc:   prometheus.NewDesc(ns+"_segments_proven_total", "Segments proven with a verified receipt.", nil, nil),
		invalidDesc:  prometheus.NewDesc(ns+"_invalid_receipts_total", "Receipts that failed verification.", nil, nil),
		missedDesc:   prometheus.NewDesc(ns+"_missed_deadlines_total", "Awards whose prover missed the proving deadline.", nil, nil),
		attestDesc:   prometheus.NewDesc(ns+"_attestations_total", "Attestations held for this node's tasks, its own included.", nil, nil),
		peersDesc:    prometheus.NewDesc(ns+"_gossip_peers", "Subscribed peers per gossip topic.", []string{"topic"}, nil),
		clearingDesc: prometheus.NewDesc(ns+"_clearing_price_wei_per_mconstraint", "Clearing price, wei per million constraints.", nil, nil),
		streamsDesc:  prometheus.NewDesc(ns+"_api_event_streams", "Open /v1/events streams.", nil, nil),
	}
	for _, c := range []prometheus.Collector{m.counts, m,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{})} {
		if err := s.reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// follow counts the node's events until ctx ends or the node closes.
func (m *metrics) follow(ctx context.Context, evs <-chan events.Event) {
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-evs:
			if !ok {
				return
			}
			m.count(ev)
		}
	}
}

func (m *metrics) count(ev events.Event) {
	switch d := ev.Data.(type) {
	case *events.Segment:
		if d.State == string(store.SegmentAwarded) {
			m.counts.award()
		}
	case *events.Task:
		if d.State == "" {
			return
		}
		m.counts.transition(d.State)
		if d.State != string(store.TaskFulfilled) || d.Tx == (common.Hash{}) {
			return // found fulfilled on chain after a restart: no transaction of ours
		}
		if d.Gas == 0 {
			m.counts.gasFailure()
			m.s.log.Warn("fulfil gas not reported", "tx", d.Tx)
			return
		}
		m.counts.fulfilGas(d.Gas)
	}
}

// Describe implements prometheus.Collector for the scrape-time metrics.
func (m *metrics) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{m.tasksDesc, m.segmentsDesc, m.provenDesc, m.invalidDesc, m.missedDesc, m.attestDesc,
		m.peersDesc, m.clearingDesc, m.streamsDesc} {
		ch <- d
	}
}

// Collect reads the store and the node at scrape time.
func (m *metrics) Collect(ch chan<- prometheus.Metric) {
	tasks := map[store.TaskState]int{}
	for st := range taskStates {
		tasks[st] = 0
	}
	segs := map[store.SegmentState]int{store.SegmentPending: 0, store.SegmentAnnounced: 0, store.SegmentAwarded: 0, store.SegmentProven: 0}
	var proven, invalid, missed, attests int
	err := m.s.node.Store().View(func(x *store.Tx) error {
		ts, err := x.Tasks(false)
		if err != nil {
			return err
		}
		for _, t := range ts {
			tasks[t.State]++
			attests += len(t.Attestations)
			if !t.State.Open() {
				continue // a closed task's segments are settled; reading them would grow with history
			}
			ss, err := x.Segments(t.ID)
			if err != nil {
				return err
			}
			for _, s := range ss {
				segs[s.State]++
			}
		}
		ps, err := x.Provers()
		for _, p := range ps {
			proven += p.Proven
			invalid += p.Invalid
			missed += p.Failed
		}
		return err
	})
	if err != nil {
		ch <- prometheus.NewInvalidMetric(m.tasksDesc, err)
	} else {
		for st, v := range tasks {
			ch <- prometheus.MustNewConstMetric(m.tasksDesc, prometheus.GaugeValue, float64(v), string(st))
		}
		for st, v := range segs {
			ch <- prometheus.MustNewConstMetric(m.segmentsDesc, prometheus.GaugeValue, float64(v), string(st))
		}
		ch <- prometheus.MustNewConstMetric(m.provenDesc, prometheus.CounterValue, float64(proven))
		ch <- prometheus.MustNewConstMetric(m.invalidDesc, prometheus.CounterValue, float64(invalid))
		ch <- prometheus.MustNewConstMetric(m.missedDesc, prometheus.CounterValue, float64(missed))
		ch <- prometheus.MustNewConstMetric(m.attestDesc, prometheus.CounterValue, float64(attests))
	}
	if st, err := m.s.node.Status(); err == nil {
		for topic, v := range st.Peers {
			ch <- prometheus.MustNewConstMetric(m.peersDesc, prometheus.GaugeValue, float64(v), topic)
		}
		if c, ok := new(big.Float).SetString(st.ClearingPrice); ok {
			clearing, _ := c.Float64()
			ch <- prometheus.MustNewConstMetric(m.clearingDesc, prometheus.GaugeValue, clearing)
		}
	}
	ch <- prometheus.MustNewConstMetric(m.streamsDesc, prometheus.GaugeValue, float64(len(m.s.streams)))
}

// eventCounts are the counters that follow the node's events and bids.
// They share one lock and one Collect, so every scrape reads them at one
// instant. (A registry's Gather runs its collectors concurrently in any
// order and reads each metric when it gets to it; as separate collectors a
// scrape could read the fulfil gas histogram after a task's fulfil and the
// transitions before it, showing the gas without the transition.)
type eventCounts struct {
	bidsDesc, awardsDesc, transitionsDesc, gasDesc, gasFailuresDesc *prometheus.Desc
	gasBounds                                                       []float64

	mu          sync.Mutex
	bids        uint64
	awards      uint64
	gasFailures uint64
	transitions map[string]uint64
	gasCount    uint64
	gasSum      float64
	gasBuckets  []uint64 // observations at most gasBounds[i] (not cumulative)
}

func newEventCounts() *eventCounts {
	c := &eventCounts{
		bidsDesc:   prometheus.NewDesc(ns+"_bids_received_total", "Valid bids received on gossip.", nil, nil),
		awardsDesc: prometheus.NewDesc(ns+"_awards_total", "Segment awards published.", nil, nil),
		transitionsDesc: prometheus.NewDesc(ns+"_task_transitions_total", "Task state changes seen, by the state entered.",
			[]string{"state"}, nil),
		gasDesc: prometheus.NewDesc(ns+"_fulfil_gas", "Gas used by each fulfil transaction.", nil, nil),
		gasFailuresDesc: prometheus.NewDesc(ns+"_fulfil_gas_lookup_failures_total",
			"Fulfil transactions whose event carried no gas for the gas histogram.", nil, nil),
		gasBounds:   prometheus.ExponentialBuckets(100_000, 1.5, 12),
		transitions: map[string]uint64{},
	}
	c.gasBuckets = make([]uint64, len(c.gasBounds))
	for st := range taskStates {
		c.transitions[string(st)] = 0 // every known state is exposed from the start
	}
	return c
}

func (c *eventCounts) bid() {
	c.mu.Lock()
	c.bids++
	c.mu.Unlock()
}

func (c *eventCounts) award() {
	c.mu.Lock()
	c.awards++
	c.mu.Unlock()
}

func (c *eventCounts) transition(state string) {
	c.mu.Lock()
	c.transitions[state]++
	c.mu.Unlock()
}

func (c *eventCounts) gasFailure() {
	c.mu.Lock()
	c.gasFailures++
	c.mu.Unlock()
}

func (c *eventCounts) fulfilGas(gas uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gasCount++
	c.gasSum += float64(gas)
	if i := sort.SearchFloat64s(c.gasBounds, float64(gas)); i < len(c.gasBounds) {
		c.gasBuckets[i]++
	}
}

// Describe implements prometheus.Collector.
func (c *eventCounts) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.bidsDesc, c.awardsDesc, c.transitionsDesc, c.gasDesc, c.gasFailuresDesc} {
		ch <- d
	}
}

// Collect implements prometheus.Collector: one snapshot of every count.
func (c *eventCounts) Collect(ch chan<- prometheus.Metric) {
	c.mu.Lock()
	bids, awards, failures, count, sum := c.bids, c.awards, c.gasFailures, c.gasCount, c.gasSum
	transitions := make(map[string]uint64, len(c.transitions))
	for st, v := range c.transitions {
		transitions[st] = v
	}
	buckets := make(map[float64]uint64, len(c.gasBounds))
	var cum uint64
	for i, b := range c.gasBounds {
		cum += c.gasBuckets[i]
		buckets[b] = cum
	}
	c.mu.Unlock()

	ch <- prometheus.MustNewConstMetric(c.bidsDesc, prometheus.CounterValue, float64(bids))
	ch <- prometheus.MustNewConstMetric(c.awardsDesc, prometheus.CounterValue, float64(awards))
	ch <- prometheus.MustNewConstMetric(c.gasFailuresDesc, prometheus.CounterValue, float64(failures))
	for st, v := range transitions {
		ch <- prometheus.MustNewConstMetric(c.transitionsDesc, prometheus.CounterValue, float64(v), st)
	}
	ch <- prometheus.MustNewConstHistogram(c.gasDesc, count, sum, buckets)
}
