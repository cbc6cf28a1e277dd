package requester

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/zkpool/aoraki/prover/task"
)

// Offer is one node's answer to a quote request: its signed price, or why
// it gave none.
type Offer struct {
	Peer     peer.ID
	Node     common.Address // zero when Err is set
	Price    *big.Int
	Deadline time.Time
	Err      error
}

// Quotes uploads input to every listed node and every node the DHT names,
// and returns what each asks for
// proving it by the configured deadline, without paying. Every quote is
// checked as Prove checks it.
func (c *Client) Quotes(ctx context.Context, input []byte) ([]Offer, error) {
	return c.QuotesWith(ctx, input, Terms{})
}

// QuotesWith is Quotes under terms of this task's own. An offer refused
// for its price wraps ErrTooDear; a node that could not be reached,
// ErrUnreachable.
func (c *Client) QuotesWith(ctx context.Context, input []byte, terms Terms) ([]Offer, error) {
	if err := terms.validate(); err != nil {
		return nil, err
	}
	tk, err := task.Open(input, c.bases)
	if err != nil {
		return nil, err
	}
	inCID, err := c.net.Blobs().Store().PutBytes(input)
	if err != nil {
		return nil, err
	}
	deadline := c.terms(ctx, terms)
	nodes := c.candidates(ctx)
	out := make([]Offer, 0, len(nodes))
	for _, ai := range nodes {
		o, err := c.ask(ctx, ai, tk, inCID, len(input), deadline)
		if err != nil {
			out = append(out, Offer{Peer: ai.ID, Err: err})
			continue
		}
		out = append(out, Offer{Peer: ai.ID, Node: o.quote.Node, Price: o.quote.Price,
			Deadline: time.Unix(int64(o.quote.ProvingDeadline), 0)})
	}
	return out, nil
}
