package devchain

import (
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// DefaultChainID is the chain id of the embedded chain and of the simulated backend.
const DefaultChainID = 1337

// DefaultGasLimit is the block gas limit (mainnet's since late 2025).
const DefaultGasLimit = 60_000_000

// ChainConfig returns a post-merge chain config with every fork up to and
// including Osaka active at genesis and no later fork.
func ChainConfig(chainID *big.Int) *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.ChainID = new(big.Int).Set(chainID)
	cfg.BPO1Time, cfg.BPO2Time, cfg.BPO3Time, cfg.BPO4Time, cfg.BPO5Time = nil, nil, nil, nil, nil
	cfg.AmsterdamTime, cfg.BogotaTime, cfg.UBTTime = nil, nil, nil
	blobs := *params.AllDevChainProtocolChanges.BlobScheduleConfig
	cfg.BlobScheduleConfig = &blobs
	return &cfg
}

// SimulatedOsaka is an option for ethclient/simulated.NewBackend that replaces
// its dev rules (which include future forks) with ChainConfig(1337).
func SimulatedOsaka() func(*node.Config, *ethconfig.Config) {
	return func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = ChainConfig(big.NewInt(DefaultChainID))
		ec.Genesis.GasLimit = DefaultGasLimit
		ec.Miner.GasCeil = DefaultGasLimit
	}
}

// Genesis returns the dev chain's genesis: the system contracts the forks
// need plus alloc.
func Genesis(chainID *big.Int, alloc types.GenesisAlloc) *core.Genesis {
	all := core.SystemContractAllocs()
	for addr, acc := range alloc {
		all[addr] = acc
	}
	return &core.Genesis{
		Config:     ChainConfig(chainID),
		GasLimit:   DefaultGasLimit,
		BaseFee:    big.NewInt(params.InitialBaseFee),
		Difficulty: big.NewInt(0),
		Alloc:      all,
	}
}

// DevKey returns the i-th development key: keccak256("zkpool dev key" ‖ i).
// These keys are public knowledge. Use them only on development chains.
func DevKey(i int) *ecdsa.PrivateKey {
	if i < 0 {
		panic(fmt.Sprintf("devchain: negative dev key index %d", i))
	}
	var idx [8]byte
	binary.BigEndian.PutUint64(idx[:], uint64(i))
	for ctr := byte(0); ; ctr++ {
		seed := crypto.Keccak256([]byte("zkpool dev key"), idx[:], []byte{ctr})
		if k, err := crypto.ToECDSA(seed); err == nil {
			return k
		}
	}
}

// DevAddress is the address of DevKey(i).
func DevAddress(i int) common.Address { return crypto.PubkeyToAddress(DevKey(i).PublicKey) }

// DevAlloc funds the first n dev accounts with balance wei each.
func DevAlloc(n int, balance *big.Int) types.GenesisAlloc {
	alloc := types.GenesisAlloc{}
	for i := 0; i < n; i++ {
		alloc[DevAddress(i)] = types.Account{Balance: new(big.Int).Set(balance)}
	}
	return alloc
}

// DevBalance is the default balance of each funded dev account: 1e6 ether.
func DevBalance() *big.Int {
	return new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))
}
