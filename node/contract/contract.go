// Package contract is the node's use of the Aoraki contract: reading a task
// and its TaskPublished event, the verifier set and the quorum (the
// consensus.Chain view), registering with stake, signing quotes, and
// sending fulfil with the collected attestations. Transactions go through
// the node's chain/txmgr manager; reverts come back as Go errors carrying
// the contract's words.
package contract

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/txmgr"
	"github.com/zkpool/aoraki/node/consensus"
	"github.com/zkpool/aoraki/protocol/eip712"
)

// Node and task status values of Aoraki.sol.
const (
	nodeActive = 1
	taskOpen   = 1
)

// ErrUnknownTask reports a task id the contract never published.
var ErrUnknownTask = errors.New("contract: unknown task")

// Backend is the Ethereum client the contract is read through
// (*ethclient.Client implements it).
type Backend interface {
	bind.ContractBackend
}

// Client talks to one deployed Aoraki contract as one node.
type Client struct {
	backend Backend
	tx      *txmgr.Manager
	addr    common.Address
	abi     *contracts.Aoraki
	domain  eip712.Domain
	from    uint64 // deploy block: where TaskPublished lookups start
}

var _ consensus.Chain = (*Client)(nil)

// New returns a client of the contract at addr, deployed at block from.
func New(backend Backend, tx *txmgr.Manager, addr common.Address, from uint64) *Client {
	return &Client{backend: backend, tx: tx, addr: addr, abi: contracts.NewAoraki(),
		domain: eip712.AorakiDomain(tx.ChainID(), addr), from: from}
}

// Domain is the contract's EIP-712 domain.
func (c *Client) Domain() eip712.Domain { return c.domain }

// Address is the contract's address.
func (c *Client) Address() common.Address { return c.addr }

func (c *Client) instance() *bind.BoundContract { return c.abi.Instance(c.backend, c.addr) }

// Published decodes a TaskPublished log.
func (c *Client) Published(l types.Log) (*contracts.AorakiTaskPublished, error) {
	return c.abi.UnpackTaskPublishedEvent(&l)
}

// TaskPublishedTopic is the event's topic, for the watcher's filter.
func (c *Client) TaskPublishedTopic() common.Hash {
	return c.abi.GetABI().Events["TaskPublished"].ID
}

// Task implements consensus.Chain.
func (c *Client) Task(ctx context.Context, id common.Hash) (consensus.OnChainTask, error) {
	var out consensus.OnChainTask
	st, err := bind.Call(c.instance(), &bind.CallOpts{Context: ctx}, c.abi.PackTasks(id), c.abi.UnpackTasks)
	if err != nil {
		return out, fmt.Errorf("tasks(%s): %w", id, err)
	}
	if st.Status == 0 {
		return out, fmt.Errorf("%w: %s", ErrUnknownTask, id)
	}
	logs, err := c.backend.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(c.from), Addresses: []common.Address{c.addr},
		Topics: [][]common.Hash{{c.TaskPublishedTopic()}, {id}},
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
		Price: st.Price, Deadline: time.Unix(int64(st.Deadline), 0), Open: st.Status == taskOpen}, nil
}

// IsVerifier implements consensus.Chain: active registered nodes verify.
func (c *Client) IsVerifier(ctx context.Context, a common.Address) (bool, error) {
	n, err := bind.Call(c.instance(), &bind.CallOpts{Context: ctx}, c.abi.PackNodes(a), c.abi.UnpackNodes)
	if err != nil {
		return false, fmt.Errorf("nodes(%s): %w", a, err)
	}
	return n.Status == nodeActive, nil
}

// Quorum implements consensus.Chain.
func (c *Client) Quorum(ctx context.Context) (int, error) {
	q, err := bind.Call(c.instance(), &bind.CallOpts{Context: ctx}, c.abi.PackQuorumThreshold(), c.abi.UnpackQuorumThreshold)
	if err != nil {
		return 0, fmt.Errorf("quorumThreshold: %w", err)
	}
	return int(q.Int64()), nil
}

// Register registers this node with stake unless it is registered already.
func (c *Client) Register(ctx context.Context, stake *big.Int) error {
	ok, err := c.IsVerifier(ctx, c.tx.From())
	if err != nil || ok {
		return err
	}
	_, err = c.tx.Transact(ctx, &c.addr, stake, c.abi.PackRegisterNode())
	if err != nil {
		return fmt.Errorf("registerNode: %w", err)
	}
	return nil
}

// SignQuote signs q as this node; the digest is the task id it will have.
func (c *Client) SignQuote(q *eip712.Quote, key *ecdsa.PrivateKey) (common.Hash, []byte, error) {
	return q.Sign(c.domain, key)
}

// Fulfil sends fulfil for p with the given attestation signatures.
func (c *Client) Fulfil(ctx context.Context, p *consensus.Proposal, sigs [][]byte, proof []byte) (*types.Receipt, error) {
	att := p.Attestation()
	digest, err := att.Digest(c.domain)
	if err != nil {
		return nil, err
	}
	packed, _, err := eip712.PackAttestations(digest, sigs)
	if err != nil {
		return nil, err
	}
	payouts := make([]contracts.AorakiPayout, len(p.Payouts))
	for i, x := range p.Payouts {
		payouts[i] = contracts.AorakiPayout{To: x.To, Amount: x.Amount}
	}
	data, err := c.abi.TryPackFulfill(p.TaskID, p.ResultDigest, p.ReceiptDigest, payouts, packed, proof)
	if err != nil {
		return nil, err
	}
	r, err := c.tx.Transact(ctx, &c.addr, nil, data)
	if err != nil {
		return nil, fmt.Errorf("fulfill %s: %w", p.TaskID, err)
	}
	return r, nil
}

// Balance is what addr may withdraw.
func (c *Client) Balance(ctx context.Context, a common.Address) (*big.Int, error) {
	return bind.Call(c.instance(), &bind.CallOpts{Context: ctx}, c.abi.PackBalances(a), c.abi.UnpackBalances)
}
