// Package aoraki is the Go client of a deployed Aoraki contract: its
// state-changing calls sent through a txmgr.Manager (reverts come back as
// *contracts.RevertError), its views, and the decoding of its logs into typed
// events. Nodes, provers and requesters use it rather than the raw bindings.
package aoraki

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/protocol/eip712"
)

// ErrUnknownEvent is returned by DecodeEvent for a log that is not an Aoraki event.
var ErrUnknownEvent = errors.New("aoraki: not an Aoraki event")

// ErrNotFulfilled reports a task with no TaskFulfilled event.
var ErrNotFulfilled = errors.New("aoraki: task not fulfilled")

// TaskStatus is a task's state in the contract.
type TaskStatus uint8

// Task states (see the chain package's documentation for the state machine).
const (
	TaskNone TaskStatus = iota
	TaskOpen
	TaskFulfilled
	TaskRefunded
)

func (s TaskStatus) String() string {
	switch s {
	case TaskNone:
		return "none"
	case TaskOpen:
		return "open"
	case TaskFulfilled:
		return "fulfilled"
	case TaskRefunded:
		return "refunded"
	}
	return fmt.Sprintf("TaskStatus(%d)", uint8(s))
}

// NodeStatus is a node's state in the registry.
type NodeStatus uint8

// Node states.
const (
	NodeNone NodeStatus = iota
	NodeActive
	NodeExiting
)

func (s NodeStatus) String() string {
	switch s {
	case NodeNone:
		return "none"
	case NodeActive:
		return "active"
	case NodeExiting:
		return "exiting"
	}
	return fmt.Sprintf("NodeStatus(%d)", uint8(s))
}

// Task is a task's on-chain record.
type Task struct {
	Status    TaskStatus
	Requester common.Address
	Node      common.Address
	Price     *big.Int
	Deadline  uint64
	// Seq is the registry sequence number at submission: the task's
	// verifier set is the set at Seq.
	Seq uint32
	// Threshold is how many attestations fulfill needs, from the task's
	// set less its node (0 for an unknown task).
	Threshold int
	// SelfAttest marks a task submitted in a one-node network: its node's
	// own attestation is the one that counts. Otherwise it is refused.
	SelfAttest bool
}

// Node is a node's on-chain record.
type Node struct {
	Status    NodeStatus
	Stake     *big.Int
	UnlockAt  uint64
	OpenTasks uint32
	// JoinedSeq and LeftSeq are the registry sequence numbers at which the
	// node last joined and left the verifier set (LeftSeq 0: still in it).
	JoinedSeq uint32
	LeftSeq   uint32
}

// Caller is what the views need (an *ethclient.Client or a simulated client).
type Caller interface {
	bind.ContractBackend
}

// Client talks to one Aoraki contract.
type Client struct {
	backend Caller
	addr    common.Address
	abi     *contracts.Aoraki
	inst    *bind.BoundContract
	tx      *txmgr.Manager
	domain  eip712.Domain
}

// New binds the contract at addr. tx may be nil for a read-only client.
func New(backend Caller, tx *txmgr.Manager, addr common.Address, chainID *big.Int) (*Client, error) {
	if backend == nil {
		return nil, fmt.Errorf("aoraki: nil backend")
	}
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, fmt.Errorf("aoraki: chain id must be positive")
	}
	if tx != nil && tx.ChainID().Cmp(chainID) != 0 {
		return nil, fmt.Errorf("aoraki: manager on chain %s, contract on chain %s", tx.ChainID(), chainID)
	}
	ab := contracts.NewAoraki()
	return &Client{backend: backend, addr: addr, abi: ab, inst: ab.Instance(backend, addr), tx: tx, domain: eip712.AorakiDomain(chainID, addr)}, nil
}

// Fulfilled returns the TaskFulfilled event of task id, searching the logs
// from block from (the contract's deploy block); ErrNotFulfilled when
// there is none.
func (c *Client) Fulfilled(ctx context.Context, from uint64, id common.Hash) (*contracts.AorakiTaskFulfilled, error) {
	logs, err := c.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{c.addr},
		Topics: [][]common.Hash{{c.abi.GetABI().Events["TaskFulfilled"].ID}, {id}},
	})
	if err != nil {
		return nil, fmt.Errorf("TaskFulfilled(%s): %w", id, err)
	}
	if len(logs) == 0 {
		return nil, fmt.Errorf("%w: %s", ErrNotFulfilled, id)
	}
	ev, err := c.DecodeEvent(&logs[len(logs)-1])
	if err != nil {
		return nil, err
	}
	f, ok := ev.(*contracts.AorakiTaskFulfilled)
	if !ok {
		return nil, fmt.Errorf("aoraki: log is %T, not TaskFulfilled", ev)
	}
	return f, nil
}

// Address is the contract's address.
func (c *Client) Address() common.Address { return c.addr }

// Domain is the contract's EIP-712 domain.
func (c *Client) Domain() eip712.Domain { return c.domain }

func (c *Client) send(ctx context.Context, value *big.Int, data []byte) (*types.Receipt, error) {
	if c.tx == nil {
		return nil, fmt.Errorf("aoraki: read-only client")
	}
	return c.tx.Transact(ctx, &c.addr, value, data)
}

// RegisterNode registers the sender as a node with stake wei.
func (c *Client) RegisterNode(ctx context.Context, stake *big.Int) (*types.Receipt, error) {
	return c.send(ctx, stake, c.abi.PackRegisterNode())
}

// AddStake adds amount wei to the sender's stake.
func (c *Client) AddStake(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	return c.send(ctx, amount, c.abi.PackAddStake())
}

// RequestDeregistration leaves the verifier set; the stake unlocks after the delay.
func (c *Client) RequestDeregistration(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, nil, c.abi.PackRequestDeregistration())
}

// CompleteDeregistration credits the unlocked stake to the sender's balance.
func (c *Client) CompleteDeregistration(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, nil, c.abi.PackCompleteDeregistration())
}

// QuoteArgs converts a quote to the binding's struct.
func QuoteArgs(q eip712.Quote) contracts.AorakiQuote {
	return contracts.AorakiQuote{Node: q.Node, Requester: q.Requester, ProgramId: q.ProgramID, InputDigest: q.InputDigest,
		Price: q.Price, ProvingDeadline: q.ProvingDeadline, Expiry: q.Expiry, Nonce: q.Nonce, Verifier: q.Verifier, Callback: q.Callback}
}

// PayoutArgs converts payouts to the binding's struct.
func PayoutArgs(ps []eip712.Payout) []contracts.AorakiPayout {
	out := make([]contracts.AorakiPayout, len(ps))
	for i, p := range ps {
		out[i] = contracts.AorakiPayout{To: p.To, Amount: p.Amount}
	}
	return out
}

// SubmitTask pays q.Price and opens the task; it returns the task id (the quote's digest).
func (c *Client) SubmitTask(ctx context.Context, q eip712.Quote, nodeSig []byte) (common.Hash, *types.Receipt, error) {
	id, err := q.Digest(c.domain)
	if err != nil {
		return common.Hash{}, nil, err
	}
	rcpt, err := c.send(ctx, q.Price, c.abi.PackSubmitTask(QuoteArgs(q), nodeSig))
	return id, rcpt, err
}

// Fulfillment is what fulfill needs.
type Fulfillment struct {
	TaskID        common.Hash
	ResultDigest  common.Hash
	ReceiptDigest common.Hash
	Payouts       []eip712.Payout
	Attestations  []byte // eip712.PackAttestations
	Proof         []byte // for the requester's verifier contract, if any
}

// Attestation is the typed data verifiers sign for f.
func (f Fulfillment) Attestation() (eip712.Attestation, error) {
	ph, err := eip712.PayoutsHash(f.Payouts)
	if err != nil {
		return eip712.Attestation{}, err
	}
	return eip712.Attestation{TaskID: f.TaskID, ResultDigest: f.ResultDigest, ReceiptDigest: f.ReceiptDigest, PayoutsHash: ph}, nil
}

// Fulfill records the result of an open task and credits the payouts.
func (c *Client) Fulfill(ctx context.Context, f Fulfillment) (*types.Receipt, error) {
	if _, err := eip712.PayoutsHash(f.Payouts); err != nil {
		return nil, err
	}
	return c.send(ctx, nil, c.abi.PackFulfill(f.TaskID, f.ResultDigest, f.ReceiptDigest, PayoutArgs(f.Payouts), f.Attestations, f.Proof))
}

// Refund returns an expired task's price (and a slice of the node's stake) to its requester.
func (c *Client) Refund(ctx context.Context, taskID common.Hash) (*types.Receipt, error) {
	return c.send(ctx, nil, c.abi.PackRefund(taskID))
}

// Withdraw sends the sender's balance to the sender.
func (c *Client) Withdraw(ctx context.Context) (*types.Receipt, error) {
	return c.send(ctx, nil, c.abi.PackWithdraw())
}

func opts(ctx context.Context) *bind.CallOpts { return &bind.CallOpts{Context: ctx} }

// Task reads a task's record.
func (c *Client) Task(ctx context.Context, id common.Hash) (Task, error) {
	t, err := bind.Call(c.inst, opts(ctx), c.abi.PackTasks(id), c.abi.UnpackTasks)
	if err != nil {
		return Task{}, contracts.DecodeError(err)
	}
	out := Task{Status: TaskStatus(t.Status), Requester: t.Requester, Node: t.Node, Price: t.Price, Deadline: t.Deadline.Uint64(),
		Seq: t.Seq, Threshold: int(t.Quorum)}
	if out.Status != TaskNone && t.Quorum == 0 {
		out.Threshold, out.SelfAttest = 1, true
	}
	return out, nil
}

// Result is the result digest recorded for a fulfilled task (zero otherwise).
func (c *Client) Result(ctx context.Context, id common.Hash) (common.Hash, error) {
	r, err := bind.Call(c.inst, opts(ctx), c.abi.PackResults(id), c.abi.UnpackResults)
	return r, contracts.DecodeError(err)
}

// Node reads a node's record.
func (c *Client) Node(ctx context.Context, addr common.Address) (Node, error) {
	n, err := bind.Call(c.inst, opts(ctx), c.abi.PackNodes(addr), c.abi.UnpackNodes)
	if err != nil {
		return Node{}, contracts.DecodeError(err)
	}
	return Node{Status: NodeStatus(n.Status), Stake: n.Stake, UnlockAt: n.UnlockAt.Uint64(), OpenTasks: n.OpenTasks,
		JoinedSeq: n.JoinedSeq, LeftSeq: n.LeftSeq}, nil
}

// Balance is addr's withdrawable balance.
func (c *Client) Balance(ctx context.Context, addr common.Address) (*big.Int, error) {
	b, err := bind.Call(c.inst, opts(ctx), c.abi.PackBalances(addr), c.abi.UnpackBalances)
	return b, contracts.DecodeError(err)
}

// TaskQuorum is how many attestations fulfill needs for task id (fixed when
// it was submitted; 0 for an unknown task), the task's node and the registry
// sequence number that fixes its verifier set.
func (c *Client) TaskQuorum(ctx context.Context, id common.Hash) (threshold uint64, node common.Address, seq uint32, err error) {
	q, err := bind.Call(c.inst, opts(ctx), c.abi.PackTaskQuorum(id), c.abi.UnpackTaskQuorum)
	if err != nil {
		return 0, common.Address{}, 0, contracts.DecodeError(err)
	}
	return q.Threshold.Uint64(), q.Node, q.Seq, nil
}

// CanAttest reports whether fulfill would count an attestation by who to
// task id now: the task is open, who was in its verifier set at submission,
// holds the minimum stake, and is not the task's node (unless the task was
// submitted in a one-node network).
func (c *Client) CanAttest(ctx context.Context, id common.Hash, who common.Address) (bool, error) {
	ok, err := bind.Call(c.inst, opts(ctx), c.abi.PackCanAttest(id, who), c.abi.UnpackCanAttest)
	return ok, contracts.DecodeError(err)
}

// VerifierCount is the size of the verifier set now.
func (c *Client) VerifierCount(ctx context.Context) (uint32, error) {
	n, err := bind.Call(c.inst, opts(ctx), c.abi.PackVerifierCount(), c.abi.UnpackVerifierCount)
	return n, contracts.DecodeError(err)
}

// NonceUsed reports whether node has used a quote nonce.
func (c *Client) NonceUsed(ctx context.Context, node common.Address, nonce *big.Int) (bool, error) {
	u, err := bind.Call(c.inst, opts(ctx), c.abi.PackNonceUsed(node, nonce), c.abi.UnpackNonceUsed)
	return u, contracts.DecodeError(err)
}

// MinStake is the stake a node must hold to take tasks.
func (c *Client) MinStake(ctx context.Context) (*big.Int, error) {
	m, err := bind.Call(c.inst, opts(ctx), c.abi.PackMinStake(), c.abi.UnpackMinStake)
	return m, contracts.DecodeError(err)
}

// DecodeEvent turns one of the contract's logs into its typed event
// (*contracts.AorakiTaskPublished, *contracts.AorakiTaskFulfilled, ...).
func (c *Client) DecodeEvent(l *types.Log) (any, error) {
	return DecodeEvent(c.abi, l)
}

// DecodeEvent decodes a log of any Aoraki contract.
func DecodeEvent(ab *contracts.Aoraki, l *types.Log) (any, error) {
	if len(l.Topics) == 0 {
		return nil, ErrUnknownEvent
	}
	events := ab.GetABI().Events
	switch l.Topics[0] {
	case events["TaskPublished"].ID:
		return ab.UnpackTaskPublishedEvent(l)
	case events["TaskFulfilled"].ID:
		return ab.UnpackTaskFulfilledEvent(l)
	case events["TaskRefunded"].ID:
		return ab.UnpackTaskRefundedEvent(l)
	case events["Credited"].ID:
		return ab.UnpackCreditedEvent(l)
	case events["Withdrawn"].ID:
		return ab.UnpackWithdrawnEvent(l)
	case events["CallbackResult"].ID:
		return ab.UnpackCallbackResultEvent(l)
	case events["NodeRegistered"].ID:
		return ab.UnpackNodeRegisteredEvent(l)
	case events["StakeAdded"].ID:
		return ab.UnpackStakeAddedEvent(l)
	case events["DeregistrationRequested"].ID:
		return ab.UnpackDeregistrationRequestedEvent(l)
	case events["NodeDeregistered"].ID:
		return ab.UnpackNodeDeregisteredEvent(l)
	}
	return nil, fmt.Errorf("%w: topic %s", ErrUnknownEvent, l.Topics[0])
}
