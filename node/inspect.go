package node

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/zkpool/aoraki/p2p/gossip"
	pb "github.com/zkpool/aoraki/protocol/market"
)

// Read-only views of a running node for its HTTP API and metrics
// (package node/api). None of them changes the node's state.

// Info is what a node says about itself.
type Info struct {
	Address     common.Address
	PeerID      peer.ID
	ListenAddrs []string
	Network     string
	Contract    common.Address
	DeployBlock uint64
}

// Info reports the node's identity, addresses and contract.
func (n *Node) Info() Info {
	var addrs []string
	for _, a := range n.host.Addrs() {
		addrs = append(addrs, a.String())
	}
	return Info{Address: n.addr, PeerID: n.host.ID(), ListenAddrs: addrs, Network: n.cfg.Gossip.Network,
		Contract: n.cfg.Contract, DeployBlock: n.cfg.DeployBlock}
}

// Clearing is the node's current clearing price in wei per million
// constraints (the pricing book's average of recent awards).
func (n *Node) Clearing() *big.Int { return n.book.Clearing() }

// TxGasUsed reads the gas used by a mined transaction (the fulfil
// transactions named by "task" events).
func (n *Node) TxGasUsed(ctx context.Context, tx common.Hash) (uint64, error) {
	r, err := n.eth.TransactionReceipt(ctx, tx)
	if err != nil {
		return 0, fmt.Errorf("receipt of %s: %w", tx, err)
	}
	return r.GasUsed, nil
}

// WatchBids calls fn with the signer of every valid bid this node receives
// on the bids topic, whether or not the market takes it, until ctx ends
// (returning ctx's error) or the node closes. It opens its own
// subscription, so it changes nothing the market sees.
func (n *Node) WatchBids(ctx context.Context, fn func(prover common.Address)) error {
	sub, err := n.bids.Subscribe()
	if err != nil {
		return err
	}
	return consume(ctx, sub, func(m *gossip.Message[*pb.Bid]) {
		if !m.Local {
			fn(m.Sender)
		}
	})
}
