package node

import (
	"context"
	"math/big"
	"net"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/zkpool/aoraki/node/store"
	"github.com/zkpool/aoraki/p2p/gossip"
	pb "github.com/zkpool/aoraki/protocol/market"
	"github.com/zkpool/aoraki/protocol/status"
)

// Read-only views of a running node, for its HTTP API, its status file and
// tests. None of them changes the node's state.

// Peers reports, per topic name, how many subscribed peers this node knows:
// "segments" counts provers listening for work, "attest-req" the other
// nodes of the verifier set (all zero before Start).
func (n *Node) Peers() map[string]int {
	t := n.net.Topics()
	if t.Segments == nil {
		return map[string]int{status.PeersProvers: 0, "bids": 0, status.PeersNodes: 0, "attestations": 0}
	}
	return map[string]int{status.PeersProvers: len(t.Segments.Peers()), "bids": len(t.Bids.Peers()),
		status.PeersNodes: len(t.AttestRequests.Peers()), "attestations": len(t.Attestations.Peers())}
}

// Clearing is the node's current clearing price in wei per million
// constraints (the pricing book's average of recent awards).
func (n *Node) Clearing() *big.Int { return n.book.Clearing() }

// Status is what the node says about itself (GET /v1/status, its status
// file): identity, addresses, contract, task counts, gossip peers, the
// clearing price, and its API's URL when it serves one.
func (n *Node) Status() (status.Node, error) {
	s := status.Node{Address: n.addr.Hex(), ListenAddrs: []string{}, Network: n.cfg.Host.Network,
		Contract: n.cfg.Contract.Hex(), DeployBlock: n.cfg.DeployBlock, TaskStates: map[string]int{},
		Peers: n.Peers(), ClearingPrice: n.Clearing().String(), API: baseURL(n.APIAddr()), Time: time.Now().UTC()}
	if h := n.net.Host(); h != nil {
		s.PeerID = h.ID().String()
		for _, a := range h.Addrs() {
			s.ListenAddrs = append(s.ListenAddrs, a.String())
		}
	}
	err := n.st.View(func(x *store.Tx) error {
		ts, err := x.Tasks(false)
		for _, t := range ts {
			s.TaskStates[string(t.State)]++
			if t.State.Open() {
				s.OpenTasks++
			}
		}
		s.Tasks = len(ts)
		return err
	})
	return s, err
}

// baseURL is the API's URL for a bound host:port ("" for none), with an
// unspecified host (0.0.0.0, ::) replaced by loopback so that the URL can
// be opened.
func baseURL(hostPort string) string {
	if hostPort == "" {
		return ""
	}
	host, port, err := net.SplitHostPort(hostPort)
	if err != nil {
		return "http://" + hostPort
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		host = "127.0.0.1"
		if ip.To4() == nil {
			host = "::1"
		}
	}
	return "http://" + net.JoinHostPort(host, port)
}

// WatchBids calls fn with the signer of every valid bid this node receives
// on the bids topic, whether or not the market takes it, until ctx ends
// (returning ctx's error) or the node closes. It opens its own
// subscription, so it changes nothing the market sees.
func (n *Node) WatchBids(ctx context.Context, fn func(prover common.Address)) error {
	sub, err := n.net.Topics().Bids.Subscribe()
	if err != nil {
		return err
	}
	return consume(ctx, sub, func(m *gossip.Message[*pb.Bid]) {
		if !m.Local {
			fn(m.Sender)
		}
	})
}
