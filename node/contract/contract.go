// Package contract is the node's view of the Aoraki contract, on top of
// chain/aoraki's typed client: a task joined with its TaskPublished event,
// each task's verifier set and quorum (the consensus.Chain interface, whose
// CanAttest is the contract's own canAttest view),
// registering once with stake, signing quotes, and fulfilling with the
// collected attestations.
package contract

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkpool/aoraki/chain/aoraki"
	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/consensus"
	"github.com/zkpool/aoraki/protocol/eip712"
)

// ErrUnknownTask reports a task id the contract never published.
var ErrUnknownTask = errors.New("contract: unknown task")

// Backend is the Ethereum client (*ethclient.Client implements it).
type Backend interface {
	aoraki.Caller
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Client is one node's use of a deployed contract.
type Client struct {
	*aoraki.Client
	backend Backend
	tx      *txmgr.Manager
	from    uint64 // deploy block: where TaskPublished lookups start
}

var _ consensus.Chain = (*Client)(nil)

// New returns a client of the contract at addr, deployed at block from.
func New(backend Backend, tx *txmgr.Manager, addr common.Address, from uint64) (*Client, error) {
	c, err := aoraki.New(backend, tx, addr, tx.ChainID())
	if err != nil {
		return nil, err
	}
	return &Client{Client: c, backend: backend, tx: tx, from: from}, nil
}

// TaskPublishedTopic is the event's topic, for the watcher's filter.
func TaskPublishedTopic() common.Hash { return taskPublished }

// TaskFulfilledTopic is the TaskFulfilled event's topic, for the
// watcher's filter.
func TaskFulfilledTopic() common.Hash { return taskFulfilled }

var (
	taskPublished = contracts.NewAoraki().GetABI().Events["TaskPublished"].ID
	taskFulfilled = contracts.NewAoraki().GetABI().Events["TaskFulfilled"].ID
)

// Published decodes a TaskPublished log.
func (c *Client) Published(l types.Log) (*contracts.AorakiTaskPublished, error) {
	ev, err := c.DecodeEvent(&l)
	if err != nil {
		return nil, err
	}
	p, ok := ev.(*contracts.AorakiTaskPublished)
	if !ok {
		return nil, fmt.Errorf("contract: log is %T, not TaskPublished", ev)
	}
	return p, nil
}

// FulfilledLog decodes a TaskFulfilled log.
func (c *Client) FulfilledLog(l types.Log) (*contracts.AorakiTaskFulfilled, error) {
	ev, err := c.DecodeEvent(&l)
	if err != nil {
		return nil, err
	}
	f, ok := ev.(*contracts.AorakiTaskFulfilled)
	if !ok {
		return nil, fmt.Errorf("contract: log is %T, not TaskFulfilled", ev)
	}
	return f, nil
}

// Task implements consensus.Chain.
func (c *Client) Task(ctx context.Context, id common.Hash) (consensus.OnChainTask, error) {
	var out consensus.OnChainTask
	st, err := c.Client.Task(ctx, id)
	if err != nil {
		return out, err
	}
	if st.Status == aoraki.TaskNone {
		return out, fmt.Errorf("%w: %s", ErrUnknownTask, id)
	}
	logs, err := c.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(c.from), Addresses: []common.Address{c.Address()},
		Topics: [][]common.Hash{{taskPublished}, {id}},
	})
	if err != nil {
		return out, fmt.Errorf("TaskPublished(%s): %w", id, err)
	}
	if len(logs) == 0 {
		return out, fmt.Errorf("%w: %s has no TaskPublished event", ErrUnknownTask, id)
	}
	ev, err := c.Published(logs[len(logs)-1])
	if err != nil {
		return out, err
	}
	return consensus.OnChainTask{Node: st.Node, Requester: st.Requester, ProgramID: ev.ProgramId, InputDigest: ev.InputDigest,
		Price: st.Price, Deadline: time.Unix(int64(st.Deadline), 0), Open: st.Status == aoraki.TaskOpen}, nil
}

// Quorum implements consensus.Chain: the task's threshold, fixed when it
// was submitted.
func (c *Client) Quorum(ctx context.Context, id common.Hash) (int, error) {
	q, _, _, err := c.TaskQuorum(ctx, id)
	if err != nil {
		return 0, err
	}
	if q == 0 {
		return 0, fmt.Errorf("%w: %s", ErrUnknownTask, id)
	}
	return int(q), nil
}

// Register registers this node with stake unless it is registered already.
func (c *Client) Register(ctx context.Context, stake *big.Int) error {
	n, err := c.Node(ctx, c.tx.From())
	if err != nil || n.Status == aoraki.NodeActive {
		return err
	}
	if _, err := c.RegisterNode(ctx, stake); err != nil {
		return fmt.Errorf("registerNode: %w", err)
	}
	return nil
}

// SignQuote signs q as this node; the digest is the task id it will have.
func (c *Client) SignQuote(q *eip712.Quote, key *ecdsa.PrivateKey) (common.Hash, []byte, error) {
	return q.Sign(c.Domain(), key)
}

// Fulfil sends fulfil for p with the given attestation signatures.
func (c *Client) Fulfil(ctx context.Context, p *consensus.Proposal, sigs [][]byte, proof []byte) (*types.Receipt, error) {
	att := p.Attestation()
	digest, err := att.Digest(c.Domain())
	if err != nil {
		return nil, err
	}
	packed, _, err := eip712.PackAttestations(digest, sigs)
	if err != nil {
		return nil, err
	}
	return c.Fulfill(ctx, aoraki.Fulfillment{TaskID: p.TaskID, ResultDigest: p.ResultDigest, ReceiptDigest: p.ReceiptDigest,
		Payouts: p.Payouts, Attestations: packed, Proof: proof})
}
