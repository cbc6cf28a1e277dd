package api

import (
	"math/big"
	"net/http"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/node/events"
	"github.com/zkpool/aoraki/node/store"
)

// maxBidders bounds the provers remembered from bids on gossip (any peer
// may sign bids with fresh keys): past it, the one heard from longest ago
// is forgotten.
const maxBidders = 1024

// bidders remembers, per prover, the latest bid this node heard on gossip.
type bidders struct {
	mu   sync.Mutex
	seen map[common.Address]events.Bidder
}

func (b *bidders) see(x events.Bidder) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.seen == nil {
		b.seen = map[common.Address]events.Bidder{}
	}
	if _, ok := b.seen[x.Address]; !ok && len(b.seen) >= maxBidders {
		var oldest common.Address
		first := true
		for a, s := range b.seen {
			if first || s.At.Before(b.seen[oldest].At) {
				oldest, first = a, false
			}
		}
		delete(b.seen, oldest)
	}
	b.seen[x.Address] = x
}

func (b *bidders) list() []events.Bidder {
	b.mu.Lock()
	defer b.mu.Unlock()
	out := make([]events.Bidder, 0, len(b.seen))
	for _, x := range b.seen {
		out = append(out, x)
	}
	return out
}

// NetworkView is GET /v1/network: the nodes and provers this node sees
// online on gossip, and each prover's standing and earnings here.
type NetworkView struct {
	Self    PeerView        `json:"self"`
	Nodes   []PeerView      `json:"nodes"`
	Provers []NetProverView `json:"provers"`
	Time    time.Time       `json:"time"`
}

// PeerView is a node on the verifier set's topic.
type PeerView struct {
	PeerID  string `json:"peer_id"`
	Address string `json:"address,omitempty"` // known for this node only
}

// NetProverView is a prover: online when its peer is on the segments
// topic; capacity and queue as its latest bid claims; proven, missed
// (failed) and invalid receipts and earnings as this node recorded them.
type NetProverView struct {
	Address  string    `json:"address,omitempty"` // unknown for a prover that never bid
	PeerID   string    `json:"peer_id,omitempty"`
	Online   bool      `json:"online"`
	Capacity uint32    `json:"capacity"`
	Queued   uint32    `json:"queued"`
	LastBid  time.Time `json:"last_bid,omitzero"`
	Proven   int       `json:"proven"`
	Failed   int       `json:"failed"`
	Invalid  int       `json:"invalid"`
	Banned   bool      `json:"banned"`
	Earned   string    `json:"earned"`
}

func (s *Service) handleNetwork(w http.ResponseWriter, r *http.Request) {
	self, err := s.node.Status()
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	peers := s.node.TopicPeers()
	v := NetworkView{Self: PeerView{PeerID: self.PeerID, Address: self.Address}, Nodes: []PeerView{},
		Provers: []NetProverView{}, Time: time.Now().UTC()}
	for _, p := range peers["attest-req"] {
		v.Nodes = append(v.Nodes, PeerView{PeerID: p.String()})
	}
	sort.Slice(v.Nodes, func(i, j int) bool { return v.Nodes[i].PeerID < v.Nodes[j].PeerID })
	online := map[string]bool{}
	for _, p := range peers["segments"] {
		online[p.String()] = true
	}
	byAddr := map[common.Address]*NetProverView{}
	prover := func(a common.Address) *NetProverView {
		if p, ok := byAddr[a]; ok {
			return p
		}
		p := &NetProverView{Address: a.Hex(), Earned: "0"}
		byAddr[a] = p
		return p
	}
	for _, b := range s.bidders.list() {
		p := prover(b.Address)
		p.Capacity, p.Queued, p.LastBid = b.Capacity, b.Queued, b.At.UTC()
		if b.Peer != "" {
			p.PeerID = b.Peer.String()
			p.Online = online[p.PeerID]
		}
	}
	now := time.Now()
	earned := map[common.Address]*big.Int{}
	err = s.node.Store().View(func(x *store.Tx) error {
		ps, err := x.Provers()
		if err != nil {
			return err
		}
		for _, sp := range ps {
			p := prover(common.Address(sp.Address))
			p.Proven, p.Failed, p.Invalid, p.Banned = sp.Proven, sp.Failed, sp.Invalid, now.Before(sp.BannedUntil)
		}
		ts, err := x.Tasks(false)
		if err != nil {
			return err
		}
		for _, t := range ts {
			if t.State != store.TaskFulfilled {
				continue
			}
			for _, po := range t.Payouts {
				a := common.Address(po.To)
				if _, ok := byAddr[a]; !ok {
					continue // the node itself, or no prover of ours
				}
				if earned[a] == nil {
					earned[a] = new(big.Int)
				}
				earned[a].Add(earned[a], &po.Amount.Int)
			}
		}
		return nil
	})
	if err != nil {
		s.internal(w, r, err)
		return
	}
	for a, e := range earned {
		byAddr[a].Earned = e.String()
	}
	named := map[string]bool{}
	for _, p := range byAddr {
		v.Provers = append(v.Provers, *p)
		if p.PeerID != "" {
			named[p.PeerID] = true
		}
	}
	// Provers on the topic that never bid where this node hears.
	for id := range online {
		if !named[id] {
			v.Provers = append(v.Provers, NetProverView{PeerID: id, Online: true, Earned: "0"})
		}
	}
	sort.Slice(v.Provers, func(i, j int) bool {
		a, b := v.Provers[i], v.Provers[j]
		if a.Address != b.Address {
			return a.Address < b.Address
		}
		return a.PeerID < b.PeerID
	})
	writeJSON(w, http.StatusOK, v)
}
