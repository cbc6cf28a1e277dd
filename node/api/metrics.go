package api

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/zkpool/aoraki/node"
	"github.com/zkpool/aoraki/node/store"
)

const ns = "aoraki_node"

// metrics are one node's Prometheus metrics (see the package doc).
type metrics struct {
	s *Service

	bids        prometheus.Counter
	awards      prometheus.Counter
	transitions *prometheus.CounterVec
	gas         prometheus.Histogram
	gasFailures prometheus.Counter

	tasksDesc, segmentsDesc, provenDesc, invalidDesc, missedDesc, attestDesc *prometheus.Desc
	peersDesc, clearingDesc, streamsDesc                                     *prometheus.Desc
}

func newMetrics(s *Service) (*metrics, error) {
	m := &metrics{
		s:      s,
		bids:   prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "bids_received_total", Help: "Valid bids received on gossip."}),
		awards: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "awards_total", Help: "Segment awards published."}),
		transitions: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Name: "task_transitions_total",
			Help: "Task state changes seen, by the state entered."}, []string{"state"}),
		gas: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Name: "fulfil_gas",
			Help: "Gas used by each fulfil transaction.", Buckets: prometheus.ExponentialBuckets(100_000, 1.5, 12)}),
		gasFailures: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: "fulfil_gas_lookup_failures_total",
			Help: "Fulfil transactions whose receipt could not be read for the gas histogram."}),
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
	for _, c := range []prometheus.Collector{m.bids, m.awards, m.transitions, m.gas, m.gasFailures, m,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{})} {
		if err := s.reg.Register(c); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// follow counts the node's events until ctx ends or the node closes.
func (m *metrics) follow(ctx context.Context, events <-chan node.Event) {
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-events:
			if !ok {
				return
			}
			m.count(ctx, ev)
		}
	}
}

func (m *metrics) count(ctx context.Context, ev node.Event) {
	switch ev.Kind {
	case "segment":
		if ev.Data["state"] == "awarded" {
			m.awards.Inc()
		}
	case "task":
		st, _ := ev.Data["state"].(string)
		if st == "" {
			return
		}
		m.transitions.WithLabelValues(st).Inc()
		tx, _ := ev.Data["tx"].(string)
		if st != string(store.TaskFulfilled) || tx == "" || common.HexToHash(tx) == (common.Hash{}) {
			return
		}
		lctx, cancel := context.WithTimeout(ctx, m.s.cfg.GasLookupTimeout)
		defer cancel()
		gas, err := m.s.node.TxGasUsed(lctx, common.HexToHash(tx))
		if err != nil {
			if ctx.Err() == nil {
				m.gasFailures.Inc()
				m.s.log.Warn("fulfil gas not counted", "tx", tx, "err", err)
			}
			return
		}
		m.gas.Observe(float64(gas))
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
	for topic, v := range m.s.node.Peers() {
		ch <- prometheus.MustNewConstMetric(m.peersDesc, prometheus.GaugeValue, float64(v), topic)
	}
	clearing, _ := new(big.Float).SetInt(m.s.node.Clearing()).Float64()
	ch <- prometheus.MustNewConstMetric(m.clearingDesc, prometheus.GaugeValue, clearing)
	ch <- prometheus.MustNewConstMetric(m.streamsDesc, prometheus.GaugeValue, float64(len(m.s.streams)))
}
