package deploy

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/zkpool/aoraki/chain/contracts"
	"github.com/zkpool/aoraki/chain/network"
	"github.com/zkpool/aoraki/chain/txmgr"
)

// Params are the Aoraki constructor's parameters.
type Params struct {
	MinStake *big.Int `toml:"-"`
	// SlashBps is what a refunded task slashes from its node's stake, in
	// basis points of the task's price (10000 = the price), capped at the
	// stake. At most 10000: a requester that makes a node fail gains at
	// most what it paid.
	SlashBps            uint16 `toml:"slash_bps"`
	DeregistrationDelay uint64 `toml:"deregistration_delay"` // seconds, at most MaxDeregistrationDelay
	CallbackGasLimit    uint32 `toml:"callback_gas_limit"`
	QuorumNumerator     uint8  `toml:"quorum_numerator"`
	QuorumDenominator   uint8  `toml:"quorum_denominator"`
}

// Bounds the contract holds its parameters to.
const (
	// MaxSlashBps is a slash of the whole price.
	MaxSlashBps = 10_000
	// MaxDeregistrationDelay is the contract's MAX_DEREGISTRATION_DELAY.
	MaxDeregistrationDelay = 365 * 24 * 3600
)

// DefaultParams: 1 ether minimum stake, a refunded task slashes its price
// (1× the price, at most the stake), one day to deregister, 100k gas for
// callbacks, a 2/3 quorum (of the nodes other than the task's own).
func DefaultParams() Params {
	return Params{
		MinStake:            big.NewInt(params.Ether),
		SlashBps:            MaxSlashBps,
		DeregistrationDelay: 24 * 3600,
		CallbackGasLimit:    100_000,
		QuorumNumerator:     2,
		QuorumDenominator:   3,
	}
}

var maxUint96 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 96), big.NewInt(1))

// Validate mirrors the constructor's checks, so a bad value fails before any gas is spent.
func (p Params) Validate() error {
	switch {
	case p.MinStake == nil || p.MinStake.Sign() <= 0 || p.MinStake.Cmp(maxUint96) > 0:
		return fmt.Errorf("%w: min stake must be in (0, 2^96)", ErrInvalidParams)
	case p.SlashBps > MaxSlashBps:
		return fmt.Errorf("%w: slash %d bps is above %d (the price)", ErrInvalidParams, p.SlashBps, MaxSlashBps)
	case p.DeregistrationDelay > MaxDeregistrationDelay:
		return fmt.Errorf("%w: deregistration delay %ds is above %ds", ErrInvalidParams, p.DeregistrationDelay, MaxDeregistrationDelay)
	case p.QuorumNumerator == 0 || p.QuorumDenominator == 0 || p.QuorumNumerator > p.QuorumDenominator:
		return fmt.Errorf("%w: quorum %d/%d must be a fraction in (0, 1]", ErrInvalidParams, p.QuorumNumerator, p.QuorumDenominator)
	}
	return nil
}

// Result is a deployed contract.
type Result struct {
	Address common.Address
	Block   uint64
	TxHash  common.Hash
}

// Aoraki deploys the contract from m's key and waits for m's confirmations.
func Aoraki(ctx context.Context, m *txmgr.Manager, p Params) (Result, error) {
	if err := p.Validate(); err != nil {
		return Result{}, err
	}
	ab := contracts.NewAoraki()
	code := append(common.FromHex(contracts.AorakiMetaData.Bin),
		ab.PackConstructor(p.MinStake, p.SlashBps, p.DeregistrationDelay, p.CallbackGasLimit, p.QuorumNumerator, p.QuorumDenominator)...)
	rcpt, err := m.Transact(ctx, nil, nil, code)
	if err != nil {
		return Result{}, fmt.Errorf("deploy: %w", err)
	}
	return Result{Address: rcpt.ContractAddress, Block: rcpt.BlockNumber.Uint64(), TxHash: rcpt.TxHash}, nil
}

// Network returns the network file for a deployment reached at rpcURL.
func (r Result) Network(chainID *big.Int, rpcURL string, bootstrap []string, artifacts map[string]string) *network.Network {
	return &network.Network{ChainID: chainID.Uint64(), RPCURL: rpcURL, Contract: r.Address, DeployBlock: r.Block,
		BootstrapPeers: bootstrap, ArtifactCIDs: artifacts}
}
