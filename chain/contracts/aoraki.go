// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// AorakiPayout is an auto generated low-level Go binding around an user-defined struct.
type AorakiPayout struct {
	To     common.Address
	Amount *big.Int
}

// AorakiQuote is an auto generated low-level Go binding around an user-defined struct.
type AorakiQuote struct {
	Node            common.Address
	Requester       common.Address
	ProgramId       [32]byte
	InputDigest     [32]byte
	Price           *big.Int
	ProvingDeadline uint64
	Expiry          uint64
	Nonce           *big.Int
	Verifier        common.Address
	Callback        common.Address
}

// AorakiMetaData contains all meta data concerning the Aoraki contract.
var AorakiMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint96\",\"name\":\"minStake_\",\"type\":\"uint96\"},{\"internalType\":\"uint96\",\"name\":\"slashAmount_\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"deregistrationDelay_\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"callbackGasLimit_\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"quorumNumerator_\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"quorumDenominator_\",\"type\":\"uint8\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"AttestationsMalformed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"AttestationsNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"AttesterNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"DeadlineNotInFuture\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"DeadlineNotPassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"DeadlinePassed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"gasLeft\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientGasForCallback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"InvalidParameter\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MalformedSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"}],\"name\":\"NodeNotRegistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"NodeStakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"NonceUsed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"PayoutToZeroAddress\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"PayoutsExceedPrice\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"attestations\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"QuorumNotReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"QuoteExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrancy\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StakeTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minStake\",\"type\":\"uint256\"}],\"name\":\"StakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"now_\",\"type\":\"uint256\"}],\"name\":\"StillLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"TaskNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"openTasks\",\"type\":\"uint32\"}],\"name\":\"TasksStillOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"}],\"name\":\"VerifierRejected\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"enumAoraki.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"WrongNodeState\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"}],\"name\":\"WrongPayment\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expected\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recovered\",\"type\":\"address\"}],\"name\":\"WrongQuoteSigner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"ok\",\"type\":\"bool\"}],\"name\":\"CallbackResult\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Credited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"}],\"name\":\"DeregistrationRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stakeReturned\",\"type\":\"uint256\"}],\"name\":\"NodeDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"NodeRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"}],\"name\":\"StakeAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"payoutsHash\",\"type\":\"bytes32\"}],\"name\":\"TaskFulfilled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"price\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"provingDeadline\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"name\":\"TaskPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"slashed\",\"type\":\"uint256\"}],\"name\":\"TaskRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"QUOTE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"payoutsHash_\",\"type\":\"bytes32\"}],\"name\":\"attestationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balances\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"callbackGasLimit\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"completeDeregistration\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"deregistrationDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"receiptDigest\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"internalType\":\"structAoraki.Payout[]\",\"name\":\"payouts\",\"type\":\"tuple[]\"},{\"internalType\":\"bytes\",\"name\":\"attestations\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"fulfill\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"hooks\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"nodes\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"unlockAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"openTasks\",\"type\":\"uint32\"},{\"internalType\":\"enumAoraki.NodeStatus\",\"name\":\"status\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"nonceUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"amount\",\"type\":\"uint96\"}],\"internalType\":\"structAoraki.Payout[]\",\"name\":\"payouts\",\"type\":\"tuple[]\"}],\"name\":\"payoutsHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumDenominator\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumNumerator\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"quorumThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"provingDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"internalType\":\"structAoraki.Quote\",\"name\":\"q\",\"type\":\"tuple\"}],\"name\":\"quoteDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registerNode\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"requestDeregistration\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"results\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashAmount\",\"outputs\":[{\"internalType\":\"uint96\",\"name\":\"\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"provingDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"internalType\":\"structAoraki.Quote\",\"name\":\"q\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"nodeSignature\",\"type\":\"bytes\"}],\"name\":\"submitTask\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"tasks\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"enumAoraki.TaskStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifierCount\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Aoraki",
	Bin: "0x61018080604052346102a55760c08161265d803803809161002082856102a9565b8339810103126102a557610033816102e0565b90610040602082016102e0565b60408201516001600160401b03811681036102a55760608301519163ffffffff831683036102a55761008060a0610079608087016102f4565b95016102f4565b946001600160601b0381168015610274576001600160601b038316116102405760ff86168015908115610234575b8115610227575b506101f85760805260a05260c05260e0526101005261012052466101405260405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f7b0930fa650917cbb833038eb0d293aa54321761ee452a604bc591115e6d009560408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261016560c0826102a9565b5190206101605260405161235a90816103038239608051818181610405015281816119b40152611b14015260a05181818161145b01526115d2015260c051818181610a63015261149f015260e051818181610fa00152611a2c0152610100518181816113db0152611fb30152610120518181816114180152611feb015261014051816120bf015261016051816120e50152f35b6040516305519d6f60e51b815260206004820152600660248201526571756f72756d60d01b6044820152606490fd5b905060ff8616115f6100b5565b60ff87161591506100ae565b6040516305519d6f60e51b815260206004820152600b60248201526a1cdb185cda105b5bdd5b9d60aa1b6044820152606490fd5b6040516305519d6f60e51b81526020600482015260086024820152676d696e5374616b6560c01b6044820152606490fd5b5f80fd5b601f909101601f19168101906001600160401b038211908210176102cc57604052565b634e487b7160e01b5f52604160045260245ffd5b51906001600160601b03821682036102a557565b519060ff821682036102a55756fe6080806040526004361015610012575f80fd5b5f3560e01c90816307090c1f14611c97575080631647795e14611c475780631680b35c14611aca578063189a5a1714611a5057806324f7469714611a1057806327e235e3146119d8578063375b3c0a146119955780633ccfd60b146118795780634c6b25b11461184f5780635a627dbc146117585780635f7be80d1461173c5780637249fbb61461151b5780637b7a91dd146115015780637cf096c3146114c3578063848cf80e1461147f5780638802834e1461143c57806397c3d334146113ff578063a7713a70146113c2578063aef655c314610d35578063bcc330c114610b8c578063bd9095df14610a0e578063c9cfda90146102cc578063cedeeb66146102a5578063dcbbec2d1461025e578063e579f500146101d3578063f698da25146101b1578063f7581615146101775763fb4adf5214610150575f80fd5b34610173575f36600319011261017357602063ffffffff60065416604051908152f35b5f80fd5b34610173575f3660031901126101735760206040517f1d49dc2f2db5f4a59259d6029fbf1681e33a9ac6b4d9f8bc72d1cd3c0cc7878c8152f35b34610173575f3660031901126101735760206101cb6120bc565b604051908152f35b34610173576020366003190112610173576004355f525f60205260405f208054600160ff8260e01c1692015467ffffffffffffffff604051926001600160a01b038116845260a01c166020830152600483101561024a5760a09260408301526001600160a01b0381166060830152821c6080820152f35b634e487b7160e01b5f52602160045260245ffd5b346101735760203660031901126101735760043567ffffffffffffffff8111610173576102916020913690600401611cf3565b60061b908160405191823720604051908152f35b346101735760803660031901126101735760206101cb606435604435602435600435612067565b366003190161016081126101735761014013610173576101443567ffffffffffffffff811161017357610303903690600401611d24565b9060ff5f5c166109e657600160ff195f5c16175f5d67ffffffffffffffff610329611e25565b1642116109a5574267ffffffffffffffff610342611e3c565b161115610964576001600160a01b03610359611db5565b163303610924576001600160601b03610370611e0f565b1634036108e4576041610381611e53565b92036108bc578060406103a09201355f1a9060208101359035846122a0565b6001600160a01b03806103b1611dcb565b16911690810361087d57506001600160a01b036103cc611dcb565b165f52600360205260405f2090815460ff8160c01c16600381101561024a5760010361085a576001600160601b03166001600160601b037f0000000000000000000000000000000000000000000000000000000000000000169081811061082c57505060e435918260081c600160ff85161b906001600160a01b0361044f611dcb565b165f52600560205260405f20815f5260205260405f2054908282166107ec576104f79495506001600160a01b03610484611dcb565b165f52600560205260405f20905f526020521760405f20556104af63ffffffff825460a01c16611d52565b7fffffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffff77ffffffff000000000000000000000000000000000000000083549260a01b169116179055565b6104ff611db5565b90610508611e3c565b610510611dcb565b90610519611e0f565b906040519460a086019086821067ffffffffffffffff8311176107d8576001600160a01b039160405216855267ffffffffffffffff60208601911681526040850190600182526001600160a01b0360608701941684526001600160601b036080870193168352845f525f6020526001600160a01b038060405f209751161673ffffffffffffffffffffffffffffffffffffffff19875416178655517fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff7bffffffffffffffff000000000000000000000000000000000000000087549260a01b16911617855551600481101561024a57845460ff60e01b191660e09190911b7cff00000000000000000000000000000000000000000000000000000000161784559051905160a01b73ffffffffffffffffffffffffffffffffffffffff19166001600160a01b039182161760019390930192909255602091610678611de1565b16158015906107bf575b610738575b61068f611dcb565b6001600160601b03827f2b8ced5b1d7db03b5258e1267d64acb710390334273fae817a63a72fa65d584a60c06001600160a01b03806106cc611db5565b816106d5611e0f565b816106de611e3c565b67ffffffffffffffff6106ef611de1565b916106f8611df8565b94604080519e8f9260443584526064356020850152169101521660608c01521660808a01521660a088015216951693a460ff195f5c165f5d604051908152f35b610740611de1565b6001600160a01b03600181610753611df8565b816040519561076187611d6a565b1685528187860191168152855f52828752818060405f209651161673ffffffffffffffffffffffffffffffffffffffff1986541617855551169201911673ffffffffffffffffffffffffffffffffffffffff19825416179055610687565b506001600160a01b036107d0611df8565b161515610682565b634e487b7160e01b5f52604160045260245ffd5b856001600160a01b036107fd611dcb565b7f2af71f10000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b7fd58e10cb000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6001600160a01b0361086a611dcb565b639c3baaed60e01b5f521660045260245ffd5b6001600160a01b0361088d611dcb565b7fdb733e68000000000000000000000000000000000000000000000000000000005f521660045260245260445ffd5b7f55a1e16e000000000000000000000000000000000000000000000000000000005f5260045ffd5b6001600160601b036108f4611e0f565b7f0dd32d1c000000000000000000000000000000000000000000000000000000005f52346004521660245260445ffd5b6001600160a01b03610934611db5565b7f0691b032000000000000000000000000000000000000000000000000000000005f52166004523360245260445ffd5b67ffffffffffffffff610975611e3c565b7fdd2d27d7000000000000000000000000000000000000000000000000000000005f52166004524260245260445ffd5b67ffffffffffffffff6109b6611e25565b7f810e78c7000000000000000000000000000000000000000000000000000000005f52166004524260245260445ffd5b7fab143c06000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610173575f3660031901126101735760ff5f5c166109e657600160ff195f5c16175f5d335f52600360205260405f2060ff815460c01c16600381101561024a5760018103610b70575067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001667ffffffffffffffff4216019067ffffffffffffffff8211610b5c5780547fffffffffffffff00ffffffff0000000000000000ffffffffffffffffffffffff16606083901b73ffffffffffffffff0000000000000000000000001617780200000000000000000000000000000000000000000000000017905560065463ffffffff610b0f818316611f81565b169063ffffffff19161760065567ffffffffffffffff604051911681527f84c59171fae72656b97c12f0898e798d2b516e6f597d45deffe3fbb536f05ac660203392a260ff195f5c165f5d005b634e487b7160e01b5f52601160045260245ffd5b610b8790636ee4153d60e01b5f5233600452611ce5565b60445ffd5b34610173575f3660031901126101735760ff5f5c166109e657600160ff195f5c16175f5d335f52600360205260405f20604051906080820182811067ffffffffffffffff8211176107d857604052546001600160601b03811682526020820167ffffffffffffffff8260601c16815260ff604084019263ffffffff8160a01c16845260c01c166060840190600381101561024a5780825260011901610d14575067ffffffffffffffff905116804210610ce557505163ffffffff169081610cb9576001600160601b0390335f5260036020525f604081205581815116335f526004602052610c7f60405f20918254611da8565b905551166040519081527faa433836fcb47675047002afc96e88cdbb2ba277f2508b8719e646fcd9b116f160203392a260ff195f5c165f5d005b507fed06bc2e000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f2f05ff6c000000000000000000000000000000000000000000000000000000005f526004524260245260445ffd5b51600381101561024a57610b8790636ee4153d60e01b5f5233600452611ce5565b346101735760c03660031901126101735760443560043560243560643567ffffffffffffffff811161017357610d6f903690600401611cf3565b60843567ffffffffffffffff811161017357610d8f903690600401611d24565b60a49391933567ffffffffffffffff811161017357610db2903690600401611d24565b94909360ff5f5c166109e657600160ff195f5c16175f5d875f525f60205260405f2091825460ff8160e01c16600481101561024a576001036113af5767ffffffffffffffff9060a01c168042116113805750918793918a9593600183015493610e388c6001600160a01b038760a01c9716998560061b604051818b823720998a92612067565b9060418106611355576041900490610e4e611fa6565b80831061132657505f92835b8385106112665750505050507c020000000000000000000000000000000000000000000000000000000060ff60e01b19835416178255895f5260026020528860405f2055855f526003602052610ec060405f206104af63ffffffff825460a01c16611f81565b5f935f5b82811061118c5750505081831161115c5792887f25149893d3d015709336b4613a16ae6781cd3b657e506e5d92b6c45ca2e9367f93610f35936001600160a01b0383975416918181106110fd575b505050506040519182918b8a846040919493926060820195825260208201520152565b0390a3835f52600160205260405f209160405190610f5282611d6a565b6001600160a01b036001818654169586855201541692602083019384528587866110ac575b50505050506001600160a01b03915051169283610f99575b60ff195f5c165f5d005b63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001691610fce603f840484611da8565b6113888101809111610b5c57805a1061107d57505f7f0ceca84a0bcce85e169e6d64847244144d1610425d4faaf03aa09858da9cf1d093858288602096611068839761105a6040519384928c8401987f9c68b9a6000000000000000000000000000000000000000000000000000000008a52602485016040919493926060820195825260208201520152565b03601f198101835282611d86565b5193f16040519015158152a380808080610f8f565b5a7f486594e4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b6110b79495966121e0565b156110c757808083928587610f77565b6001600160a01b039051167fb8ac55ac000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b61114c818361112f6020947f558163811cccb821d8db9bbab37ebf1805a423c2f00fc6a7f0bf540f03784ae296611f99565b865f526004855261114560405f20918254611da8565b9055611f99565b604051908152a3838b8080610f12565b50907f7f7d7716000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b611197818484612043565b356001600160a01b0381168103610173576001600160a01b031690811561123b5760206111c5828686612043565b01356001600160601b0381168103610173576001927f558163811cccb821d8db9bbab37ebf1805a423c2f00fc6a7f0bf540f03784ae28f926112156001600160601b03826020935016809c611da8565b9a835f526004825260405f2061122c828254611da8565b9055604051908152a301610ec4565b7fe29e539b000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b61128460418602830160408101355f1a9060208101359035866122a0565b906001600160a01b0380831691168111156112f757805f52600360205260ff60405f205460c01c16600381101561024a576001036112c85750600190940193610e5a565b857f310f71f5000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b857fad6eecb1000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b827f6a215984000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7ff8d45a48000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f3dee80f2000000000000000000000000000000000000000000000000000000005f526004524260245260445ffd5b89630d1c679b60e11b5f5260045260245ffd5b34610173575f36600319011261017357602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610173575f36600319011261017357602060405160ff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610173575f3660031901126101735760206040516001600160601b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610173575f36600319011261017357602060405167ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610173576020366003190112610173576004355f5260016020526040805f206001600160a01b036001818354169201541682519182526020820152f35b34610173575f3660031901126101735760206101cb611fa6565b346101735760203660031901126101735760043560ff5f5c166109e657600160ff195f5c16175f5d805f525f60205260405f2090815460ff8160e01c16600481101561024a576001036117295767ffffffffffffffff9060a01c16804211156116fa57507c030000000000000000000000000000000000000000000000000000000060ff60e01b1983541617825560018201916001600160a01b038354165f52600360205260405f20926001600160601b038454167f00000000000000000000000000000000000000000000000000000000000000006001600160601b03811682105f146116ec57506001600160601b03815b16809103916001600160601b038311610b5c57847fe7574c1497b9d3f5723feff13db86d45ad88b7f74b577c6d34ef4be2991cead6946116786020986001600160601b03604097166001600160601b03198254161781556104af63ffffffff825460a01c16611f81565b7f558163811cccb821d8db9bbab37ebf1805a423c2f00fc6a7f0bf540f03784ae26001600160a01b036116af86865460a01c611da8565b925416988992835f5260048252875f206116ca828254611da8565b90558751908152a35460a01c9082519182526020820152a360ff195f5c165f5d005b6001600160601b039061160e565b7f43c5d47b000000000000000000000000000000000000000000000000000000005f526004524260245260445ffd5b50630d1c679b60e11b5f5260045260245ffd5b34610173576101403660031901126101735760206101cb611e53565b5f3660031901126101735760ff5f5c166109e657600160ff195f5c16175f5d335f52600360205260405f20805460ff8160c01c16600381101561024a571561183c576117ae906001600160601b03349116611da8565b906001600160601b038211611814576001600160601b03808316166001600160601b03198254161790556040519034825260208201527f270d6dd254edd1d985c81cf7861b8f28fb06b6d719df04d90464034d4341244060403392a260ff195f5c165f5d005b7f1a64b33b000000000000000000000000000000000000000000000000000000005f5260045ffd5b639c3baaed60e01b5f523360045260245ffd5b34610173576020366003190112610173576004355f526002602052602060405f2054604051908152f35b34610173575f3660031901126101735760ff5f5c166109e657600160ff195f5c16175f5d335f52600460205260405f2054801561196d57335f5260046020525f60408120556040518181527f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d560203392a25f80808084335af13d15611968573d67ffffffffffffffff81116107d85760405190611920601f8201601f191660200183611d86565b81525f60203d92013e5b156119395760ff195f5c165f5d005b7f1c43b976000000000000000000000000000000000000000000000000000000005f523360045260245260445ffd5b61192a565b7fd0d04f60000000000000000000000000000000000000000000000000000000005f5260045ffd5b34610173575f3660031901126101735760206040516001600160601b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610173576020366003190112610173576001600160a01b036119f9611ccf565b165f526004602052602060405f2054604051908152f35b34610173575f36600319011261017357602060405163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b34610173576020366003190112610173576001600160a01b03611a71611ccf565b165f52600360205260405f205460ff8160c01c169063ffffffff604051916001600160601b038116835267ffffffffffffffff8160601c16602084015260a01c166040820152600382101561024a576080916060820152f35b5f3660031901126101735760ff5f5c166109e657600160ff195f5c16175f5d335f52600360205260405f2060ff815460c01c16600381101561024a57611c1b576001600160601b037f000000000000000000000000000000000000000000000000000000000000000016803410611bec57506001600160601b0334116118145780547fffffffffffffff00ffffffffffffffffffffffff00000000000000000000000016346001600160601b031617780100000000000000000000000000000000000000000000000017905560065463ffffffff611ba9818316611d52565b169063ffffffff1916176006556040513481527ff773bca07d020a1bc1fdd45ea3db573da547dd27180143afaf075c158a84759460203392a260ff195f5c165f5d005b7f829f1163000000000000000000000000000000000000000000000000000000005f523460045260245260445ffd5b7f45ed80e9000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b34610173576040366003190112610173576020611c62611ccf565b6001600160a01b0360243591165f526005825260405f208160081c5f52825260405f2054600160ff60405193161b1615158152f35b34610173575f36600319011261017357807fd18deba08890ea3dad14898925bfe4144fb11d16eb8f104dcb52169041cc1b0760209252f35b600435906001600160a01b038216820361017357565b600381101561024a57602452565b9181601f840112156101735782359167ffffffffffffffff8311610173576020808501948460061b01011161017357565b9181601f840112156101735782359167ffffffffffffffff8311610173576020838186019501011161017357565b63ffffffff60019116019063ffffffff8211610b5c57565b6040810190811067ffffffffffffffff8211176107d857604052565b90601f8019910116810190811067ffffffffffffffff8211176107d857604052565b91908201809211610b5c57565b6024356001600160a01b03811681036101735790565b6004356001600160a01b03811681036101735790565b610104356001600160a01b03811681036101735790565b610124356001600160a01b03811681036101735790565b6084356001600160601b03811681036101735790565b60c43567ffffffffffffffff811681036101735790565b60a43567ffffffffffffffff811681036101735790565b6004356001600160a01b038116908181036101735750602435906001600160a01b038216918281036101735750608435916001600160601b03831692838103610173575060a4359267ffffffffffffffff841693848103610173575060c43567ffffffffffffffff811690818103610173575061010435906001600160a01b03821691828103610173575061012435956001600160a01b0387169384880361017357611f7e97506040519560208701977f1d49dc2f2db5f4a59259d6029fbf1681e33a9ac6b4d9f8bc72d1cd3c0cc7878c895260408801526060870152604435608087015260643560a087015260c086015260e085015261010084015260e4356101208401526101408301526101608201526101608152611f7661018082611d86565b51902061219f565b90565b63ffffffff5f199116019063ffffffff8211610b5c57565b91908203918211610b5c57565b63ffffffff6006541660ff7f00000000000000000000000000000000000000000000000000000000000000001690818102918183041490151715610b5c5761201260ff7f0000000000000000000000000000000000000000000000000000000000000000168092611da8565b5f198101908111610b5c57811561202f570480611f7e5750600190565b634e487b7160e01b5f52601260045260245ffd5b91908110156120535760061b0190565b634e487b7160e01b5f52603260045260245ffd5b9192611f7e936040519260208401947fd18deba08890ea3dad14898925bfe4144fb11d16eb8f104dcb52169041cc1b07865260408501526060840152608083015260a082015260a08152611f7660c082611d86565b467f000000000000000000000000000000000000000000000000000000000000000003612107577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f7b0930fa650917cbb833038eb0d293aa54321761ee452a604bc591115e6d009560408201527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201523060a082015260a0815261219960c082611d86565b51902090565b6042906121aa6120bc565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b90915f6001600160a01b0360846020969588604051998a98899788947f1cde29ca0000000000000000000000000000000000000000000000000000000086526004860152602485015260606044850152816064850152848401378181018301859052601f01601f19168101030193165af15f9181612263575b50611f7e57505f90565b9091506020813d602011612298575b8161227f60209383611d86565b810103126101735751801515810361017357905f612259565b3d9150612272565b90919260ff8116601b8110612346575b5060ff1690601b8214158061233b575b8015612312575b6108bc576020935f93608093604051938452868401526040830152606082015282805260015afa15612307575f51906001600160a01b038216156108bc57565b6040513d5f823e3d90fd5b507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084116122c7565b50601c8214156122c0565b601b91500160ff8111610b5c5760ff6122b056",
}

// Aoraki is an auto generated Go binding around an Ethereum contract.
type Aoraki struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Aoraki) GetABI() abi.ABI {
	return c.abi
}

// NewAoraki creates a new instance of Aoraki.
func NewAoraki() *Aoraki {
	parsed, err := AorakiMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Aoraki{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Aoraki) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint96 minStake_, uint96 slashAmount_, uint64 deregistrationDelay_, uint32 callbackGasLimit_, uint8 quorumNumerator_, uint8 quorumDenominator_) returns()
func (aoraki *Aoraki) PackConstructor(minStake_ *big.Int, slashAmount_ *big.Int, deregistrationDelay_ uint64, callbackGasLimit_ uint32, quorumNumerator_ uint8, quorumDenominator_ uint8) []byte {
	enc, err := aoraki.abi.Pack("", minStake_, slashAmount_, deregistrationDelay_, callbackGasLimit_, quorumNumerator_, quorumDenominator_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (aoraki *Aoraki) PackATTESTATIONTYPEHASH() []byte {
	enc, err := aoraki.abi.Pack("ATTESTATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (aoraki *Aoraki) TryPackATTESTATIONTYPEHASH() ([]byte, error) {
	return aoraki.abi.Pack("ATTESTATION_TYPEHASH")
}

// UnpackATTESTATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (aoraki *Aoraki) UnpackATTESTATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("ATTESTATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackQUOTETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7581615.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_TYPEHASH() view returns(bytes32)
func (aoraki *Aoraki) PackQUOTETYPEHASH() []byte {
	enc, err := aoraki.abi.Pack("QUOTE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7581615.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_TYPEHASH() view returns(bytes32)
func (aoraki *Aoraki) TryPackQUOTETYPEHASH() ([]byte, error) {
	return aoraki.abi.Pack("QUOTE_TYPEHASH")
}

// UnpackQUOTETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7581615.
//
// Solidity: function QUOTE_TYPEHASH() view returns(bytes32)
func (aoraki *Aoraki) UnpackQUOTETYPEHASH(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("QUOTE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a627dbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addStake() payable returns()
func (aoraki *Aoraki) PackAddStake() []byte {
	enc, err := aoraki.abi.Pack("addStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a627dbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addStake() payable returns()
func (aoraki *Aoraki) TryPackAddStake() ([]byte, error) {
	return aoraki.abi.Pack("addStake")
}

// PackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcedeeb66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestationDigest(bytes32 taskId, bytes32 resultDigest, bytes32 receiptDigest, bytes32 payoutsHash_) view returns(bytes32)
func (aoraki *Aoraki) PackAttestationDigest(taskId [32]byte, resultDigest [32]byte, receiptDigest [32]byte, payoutsHash [32]byte) []byte {
	enc, err := aoraki.abi.Pack("attestationDigest", taskId, resultDigest, receiptDigest, payoutsHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcedeeb66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestationDigest(bytes32 taskId, bytes32 resultDigest, bytes32 receiptDigest, bytes32 payoutsHash_) view returns(bytes32)
func (aoraki *Aoraki) TryPackAttestationDigest(taskId [32]byte, resultDigest [32]byte, receiptDigest [32]byte, payoutsHash [32]byte) ([]byte, error) {
	return aoraki.abi.Pack("attestationDigest", taskId, resultDigest, receiptDigest, payoutsHash)
}

// UnpackAttestationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcedeeb66.
//
// Solidity: function attestationDigest(bytes32 taskId, bytes32 resultDigest, bytes32 receiptDigest, bytes32 payoutsHash_) view returns(bytes32)
func (aoraki *Aoraki) UnpackAttestationDigest(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("attestationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e235e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balances(address ) view returns(uint256)
func (aoraki *Aoraki) PackBalances(arg0 common.Address) []byte {
	enc, err := aoraki.abi.Pack("balances", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalances is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27e235e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balances(address ) view returns(uint256)
func (aoraki *Aoraki) TryPackBalances(arg0 common.Address) ([]byte, error) {
	return aoraki.abi.Pack("balances", arg0)
}

// UnpackBalances is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27e235e3.
//
// Solidity: function balances(address ) view returns(uint256)
func (aoraki *Aoraki) UnpackBalances(data []byte) (*big.Int, error) {
	out, err := aoraki.abi.Unpack("balances", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCallbackGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24f74697.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function callbackGasLimit() view returns(uint32)
func (aoraki *Aoraki) PackCallbackGasLimit() []byte {
	enc, err := aoraki.abi.Pack("callbackGasLimit")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCallbackGasLimit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x24f74697.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function callbackGasLimit() view returns(uint32)
func (aoraki *Aoraki) TryPackCallbackGasLimit() ([]byte, error) {
	return aoraki.abi.Pack("callbackGasLimit")
}

// UnpackCallbackGasLimit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x24f74697.
//
// Solidity: function callbackGasLimit() view returns(uint32)
func (aoraki *Aoraki) UnpackCallbackGasLimit(data []byte) (uint32, error) {
	out, err := aoraki.abi.Unpack("callbackGasLimit", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackCompleteDeregistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcc330c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function completeDeregistration() returns()
func (aoraki *Aoraki) PackCompleteDeregistration() []byte {
	enc, err := aoraki.abi.Pack("completeDeregistration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompleteDeregistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcc330c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function completeDeregistration() returns()
func (aoraki *Aoraki) TryPackCompleteDeregistration() ([]byte, error) {
	return aoraki.abi.Pack("completeDeregistration")
}

// PackDeregistrationDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x848cf80e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deregistrationDelay() view returns(uint64)
func (aoraki *Aoraki) PackDeregistrationDelay() []byte {
	enc, err := aoraki.abi.Pack("deregistrationDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeregistrationDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x848cf80e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deregistrationDelay() view returns(uint64)
func (aoraki *Aoraki) TryPackDeregistrationDelay() ([]byte, error) {
	return aoraki.abi.Pack("deregistrationDelay")
}

// UnpackDeregistrationDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x848cf80e.
//
// Solidity: function deregistrationDelay() view returns(uint64)
func (aoraki *Aoraki) UnpackDeregistrationDelay(data []byte) (uint64, error) {
	out, err := aoraki.abi.Unpack("deregistrationDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (aoraki *Aoraki) PackDomainSeparator() []byte {
	enc, err := aoraki.abi.Pack("domainSeparator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf698da25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (aoraki *Aoraki) TryPackDomainSeparator() ([]byte, error) {
	return aoraki.abi.Pack("domainSeparator")
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf698da25.
//
// Solidity: function domainSeparator() view returns(bytes32)
func (aoraki *Aoraki) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaef655c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fulfill(bytes32 taskId, bytes32 resultDigest, bytes32 receiptDigest, (address,uint96)[] payouts, bytes attestations, bytes proof) returns()
func (aoraki *Aoraki) PackFulfill(taskId [32]byte, resultDigest [32]byte, receiptDigest [32]byte, payouts []AorakiPayout, attestations []byte, proof []byte) []byte {
	enc, err := aoraki.abi.Pack("fulfill", taskId, resultDigest, receiptDigest, payouts, attestations, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFulfill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaef655c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fulfill(bytes32 taskId, bytes32 resultDigest, bytes32 receiptDigest, (address,uint96)[] payouts, bytes attestations, bytes proof) returns()
func (aoraki *Aoraki) TryPackFulfill(taskId [32]byte, resultDigest [32]byte, receiptDigest [32]byte, payouts []AorakiPayout, attestations []byte, proof []byte) ([]byte, error) {
	return aoraki.abi.Pack("fulfill", taskId, resultDigest, receiptDigest, payouts, attestations, proof)
}

// PackHooks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cf096c3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hooks(bytes32 ) view returns(address verifier, address callback)
func (aoraki *Aoraki) PackHooks(arg0 [32]byte) []byte {
	enc, err := aoraki.abi.Pack("hooks", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHooks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7cf096c3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hooks(bytes32 ) view returns(address verifier, address callback)
func (aoraki *Aoraki) TryPackHooks(arg0 [32]byte) ([]byte, error) {
	return aoraki.abi.Pack("hooks", arg0)
}

// HooksOutput serves as a container for the return parameters of contract
// method Hooks.
type HooksOutput struct {
	Verifier common.Address
	Callback common.Address
}

// UnpackHooks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7cf096c3.
//
// Solidity: function hooks(bytes32 ) view returns(address verifier, address callback)
func (aoraki *Aoraki) UnpackHooks(data []byte) (HooksOutput, error) {
	out, err := aoraki.abi.Unpack("hooks", data)
	outstruct := new(HooksOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Verifier = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Callback = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	return *outstruct, nil
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint96)
func (aoraki *Aoraki) PackMinStake() []byte {
	enc, err := aoraki.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint96)
func (aoraki *Aoraki) TryPackMinStake() ([]byte, error) {
	return aoraki.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint96)
func (aoraki *Aoraki) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := aoraki.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189a5a17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nodes(address ) view returns(uint96 stake, uint64 unlockAt, uint32 openTasks, uint8 status)
func (aoraki *Aoraki) PackNodes(arg0 common.Address) []byte {
	enc, err := aoraki.abi.Pack("nodes", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x189a5a17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nodes(address ) view returns(uint96 stake, uint64 unlockAt, uint32 openTasks, uint8 status)
func (aoraki *Aoraki) TryPackNodes(arg0 common.Address) ([]byte, error) {
	return aoraki.abi.Pack("nodes", arg0)
}

// NodesOutput serves as a container for the return parameters of contract
// method Nodes.
type NodesOutput struct {
	Stake     *big.Int
	UnlockAt  uint64
	OpenTasks uint32
	Status    uint8
}

// UnpackNodes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x189a5a17.
//
// Solidity: function nodes(address ) view returns(uint96 stake, uint64 unlockAt, uint32 openTasks, uint8 status)
func (aoraki *Aoraki) UnpackNodes(data []byte) (NodesOutput, error) {
	out, err := aoraki.abi.Unpack("nodes", data)
	outstruct := new(NodesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Stake = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.UnlockAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.OpenTasks = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.Status = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1647795e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonceUsed(address node, uint256 nonce) view returns(bool)
func (aoraki *Aoraki) PackNonceUsed(node common.Address, nonce *big.Int) []byte {
	enc, err := aoraki.abi.Pack("nonceUsed", node, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1647795e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonceUsed(address node, uint256 nonce) view returns(bool)
func (aoraki *Aoraki) TryPackNonceUsed(node common.Address, nonce *big.Int) ([]byte, error) {
	return aoraki.abi.Pack("nonceUsed", node, nonce)
}

// UnpackNonceUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1647795e.
//
// Solidity: function nonceUsed(address node, uint256 nonce) view returns(bool)
func (aoraki *Aoraki) UnpackNonceUsed(data []byte) (bool, error) {
	out, err := aoraki.abi.Unpack("nonceUsed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPayoutsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcbbec2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payoutsHash((address,uint96)[] payouts) pure returns(bytes32 h)
func (aoraki *Aoraki) PackPayoutsHash(payouts []AorakiPayout) []byte {
	enc, err := aoraki.abi.Pack("payoutsHash", payouts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayoutsHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdcbbec2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payoutsHash((address,uint96)[] payouts) pure returns(bytes32 h)
func (aoraki *Aoraki) TryPackPayoutsHash(payouts []AorakiPayout) ([]byte, error) {
	return aoraki.abi.Pack("payoutsHash", payouts)
}

// UnpackPayoutsHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdcbbec2d.
//
// Solidity: function payoutsHash((address,uint96)[] payouts) pure returns(bytes32 h)
func (aoraki *Aoraki) UnpackPayoutsHash(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("payoutsHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumDenominator() view returns(uint8)
func (aoraki *Aoraki) PackQuorumDenominator() []byte {
	enc, err := aoraki.abi.Pack("quorumDenominator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumDenominator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97c3d334.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumDenominator() view returns(uint8)
func (aoraki *Aoraki) TryPackQuorumDenominator() ([]byte, error) {
	return aoraki.abi.Pack("quorumDenominator")
}

// UnpackQuorumDenominator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint8)
func (aoraki *Aoraki) UnpackQuorumDenominator(data []byte) (uint8, error) {
	out, err := aoraki.abi.Unpack("quorumDenominator", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumNumerator() view returns(uint8)
func (aoraki *Aoraki) PackQuorumNumerator() []byte {
	enc, err := aoraki.abi.Pack("quorumNumerator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumNumerator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7713a70.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumNumerator() view returns(uint8)
func (aoraki *Aoraki) TryPackQuorumNumerator() ([]byte, error) {
	return aoraki.abi.Pack("quorumNumerator")
}

// UnpackQuorumNumerator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint8)
func (aoraki *Aoraki) UnpackQuorumNumerator(data []byte) (uint8, error) {
	out, err := aoraki.abi.Unpack("quorumNumerator", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackQuorumThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b7a91dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorumThreshold() view returns(uint256)
func (aoraki *Aoraki) PackQuorumThreshold() []byte {
	enc, err := aoraki.abi.Pack("quorumThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorumThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b7a91dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorumThreshold() view returns(uint256)
func (aoraki *Aoraki) TryPackQuorumThreshold() ([]byte, error) {
	return aoraki.abi.Pack("quorumThreshold")
}

// UnpackQuorumThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b7a91dd.
//
// Solidity: function quorumThreshold() view returns(uint256)
func (aoraki *Aoraki) UnpackQuorumThreshold(data []byte) (*big.Int, error) {
	out, err := aoraki.abi.Unpack("quorumThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQuoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7be80d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteDigest((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q) view returns(bytes32)
func (aoraki *Aoraki) PackQuoteDigest(q AorakiQuote) []byte {
	enc, err := aoraki.abi.Pack("quoteDigest", q)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f7be80d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteDigest((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q) view returns(bytes32)
func (aoraki *Aoraki) TryPackQuoteDigest(q AorakiQuote) ([]byte, error) {
	return aoraki.abi.Pack("quoteDigest", q)
}

// UnpackQuoteDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f7be80d.
//
// Solidity: function quoteDigest((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q) view returns(bytes32)
func (aoraki *Aoraki) UnpackQuoteDigest(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("quoteDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7249fbb6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(bytes32 taskId) returns()
func (aoraki *Aoraki) PackRefund(taskId [32]byte) []byte {
	enc, err := aoraki.abi.Pack("refund", taskId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7249fbb6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(bytes32 taskId) returns()
func (aoraki *Aoraki) TryPackRefund(taskId [32]byte) ([]byte, error) {
	return aoraki.abi.Pack("refund", taskId)
}

// PackRegisterNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1680b35c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerNode() payable returns()
func (aoraki *Aoraki) PackRegisterNode() []byte {
	enc, err := aoraki.abi.Pack("registerNode")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterNode is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1680b35c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerNode() payable returns()
func (aoraki *Aoraki) TryPackRegisterNode() ([]byte, error) {
	return aoraki.abi.Pack("registerNode")
}

// PackRequestDeregistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd9095df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestDeregistration() returns()
func (aoraki *Aoraki) PackRequestDeregistration() []byte {
	enc, err := aoraki.abi.Pack("requestDeregistration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestDeregistration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd9095df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestDeregistration() returns()
func (aoraki *Aoraki) TryPackRequestDeregistration() ([]byte, error) {
	return aoraki.abi.Pack("requestDeregistration")
}

// PackResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c6b25b1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function results(bytes32 ) view returns(bytes32)
func (aoraki *Aoraki) PackResults(arg0 [32]byte) []byte {
	enc, err := aoraki.abi.Pack("results", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackResults is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c6b25b1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function results(bytes32 ) view returns(bytes32)
func (aoraki *Aoraki) TryPackResults(arg0 [32]byte) ([]byte, error) {
	return aoraki.abi.Pack("results", arg0)
}

// UnpackResults is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c6b25b1.
//
// Solidity: function results(bytes32 ) view returns(bytes32)
func (aoraki *Aoraki) UnpackResults(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("results", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSlashAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8802834e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashAmount() view returns(uint96)
func (aoraki *Aoraki) PackSlashAmount() []byte {
	enc, err := aoraki.abi.Pack("slashAmount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashAmount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8802834e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashAmount() view returns(uint96)
func (aoraki *Aoraki) TryPackSlashAmount() ([]byte, error) {
	return aoraki.abi.Pack("slashAmount")
}

// UnpackSlashAmount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8802834e.
//
// Solidity: function slashAmount() view returns(uint96)
func (aoraki *Aoraki) UnpackSlashAmount(data []byte) (*big.Int, error) {
	out, err := aoraki.abi.Unpack("slashAmount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSubmitTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9cfda90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitTask((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q, bytes nodeSignature) payable returns(bytes32 taskId)
func (aoraki *Aoraki) PackSubmitTask(q AorakiQuote, nodeSignature []byte) []byte {
	enc, err := aoraki.abi.Pack("submitTask", q, nodeSignature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitTask is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc9cfda90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitTask((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q, bytes nodeSignature) payable returns(bytes32 taskId)
func (aoraki *Aoraki) TryPackSubmitTask(q AorakiQuote, nodeSignature []byte) ([]byte, error) {
	return aoraki.abi.Pack("submitTask", q, nodeSignature)
}

// UnpackSubmitTask is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc9cfda90.
//
// Solidity: function submitTask((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) q, bytes nodeSignature) payable returns(bytes32 taskId)
func (aoraki *Aoraki) UnpackSubmitTask(data []byte) ([32]byte, error) {
	out, err := aoraki.abi.Unpack("submitTask", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackTasks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe579f500.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tasks(bytes32 ) view returns(address requester, uint64 deadline, uint8 status, address node, uint96 price)
func (aoraki *Aoraki) PackTasks(arg0 [32]byte) []byte {
	enc, err := aoraki.abi.Pack("tasks", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTasks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe579f500.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tasks(bytes32 ) view returns(address requester, uint64 deadline, uint8 status, address node, uint96 price)
func (aoraki *Aoraki) TryPackTasks(arg0 [32]byte) ([]byte, error) {
	return aoraki.abi.Pack("tasks", arg0)
}

// TasksOutput serves as a container for the return parameters of contract
// method Tasks.
type TasksOutput struct {
	Requester common.Address
	Deadline  uint64
	Status    uint8
	Node      common.Address
	Price     *big.Int
}

// UnpackTasks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe579f500.
//
// Solidity: function tasks(bytes32 ) view returns(address requester, uint64 deadline, uint8 status, address node, uint96 price)
func (aoraki *Aoraki) UnpackTasks(data []byte) (TasksOutput, error) {
	out, err := aoraki.abi.Unpack("tasks", data)
	outstruct := new(TasksOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Requester = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Deadline = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Status = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	outstruct.Node = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)
	outstruct.Price = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackVerifierCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb4adf52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifierCount() view returns(uint32)
func (aoraki *Aoraki) PackVerifierCount() []byte {
	enc, err := aoraki.abi.Pack("verifierCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifierCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb4adf52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifierCount() view returns(uint32)
func (aoraki *Aoraki) TryPackVerifierCount() ([]byte, error) {
	return aoraki.abi.Pack("verifierCount")
}

// UnpackVerifierCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfb4adf52.
//
// Solidity: function verifierCount() view returns(uint32)
func (aoraki *Aoraki) UnpackVerifierCount(data []byte) (uint32, error) {
	out, err := aoraki.abi.Unpack("verifierCount", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (aoraki *Aoraki) PackWithdraw() []byte {
	enc, err := aoraki.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (aoraki *Aoraki) TryPackWithdraw() ([]byte, error) {
	return aoraki.abi.Pack("withdraw")
}

// AorakiCallbackResult represents a CallbackResult event raised by the Aoraki contract.
type AorakiCallbackResult struct {
	TaskId   [32]byte
	Callback common.Address
	Ok       bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const AorakiCallbackResultEventName = "CallbackResult"

// ContractEventName returns the user-defined event name.
func (AorakiCallbackResult) ContractEventName() string {
	return AorakiCallbackResultEventName
}

// UnpackCallbackResultEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CallbackResult(bytes32 indexed taskId, address indexed callback, bool ok)
func (aoraki *Aoraki) UnpackCallbackResultEvent(log *types.Log) (*AorakiCallbackResult, error) {
	event := "CallbackResult"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiCallbackResult)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiCredited represents a Credited event raised by the Aoraki contract.
type AorakiCredited struct {
	Account common.Address
	TaskId  [32]byte
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AorakiCreditedEventName = "Credited"

// ContractEventName returns the user-defined event name.
func (AorakiCredited) ContractEventName() string {
	return AorakiCreditedEventName
}

// UnpackCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Credited(address indexed account, bytes32 indexed taskId, uint256 amount)
func (aoraki *Aoraki) UnpackCreditedEvent(log *types.Log) (*AorakiCredited, error) {
	event := "Credited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiCredited)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiDeregistrationRequested represents a DeregistrationRequested event raised by the Aoraki contract.
type AorakiDeregistrationRequested struct {
	Node     common.Address
	UnlockAt uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const AorakiDeregistrationRequestedEventName = "DeregistrationRequested"

// ContractEventName returns the user-defined event name.
func (AorakiDeregistrationRequested) ContractEventName() string {
	return AorakiDeregistrationRequestedEventName
}

// UnpackDeregistrationRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DeregistrationRequested(address indexed node, uint64 unlockAt)
func (aoraki *Aoraki) UnpackDeregistrationRequestedEvent(log *types.Log) (*AorakiDeregistrationRequested, error) {
	event := "DeregistrationRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiDeregistrationRequested)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiNodeDeregistered represents a NodeDeregistered event raised by the Aoraki contract.
type AorakiNodeDeregistered struct {
	Node          common.Address
	StakeReturned *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const AorakiNodeDeregisteredEventName = "NodeDeregistered"

// ContractEventName returns the user-defined event name.
func (AorakiNodeDeregistered) ContractEventName() string {
	return AorakiNodeDeregisteredEventName
}

// UnpackNodeDeregisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeDeregistered(address indexed node, uint256 stakeReturned)
func (aoraki *Aoraki) UnpackNodeDeregisteredEvent(log *types.Log) (*AorakiNodeDeregistered, error) {
	event := "NodeDeregistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiNodeDeregistered)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiNodeRegistered represents a NodeRegistered event raised by the Aoraki contract.
type AorakiNodeRegistered struct {
	Node  common.Address
	Stake *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const AorakiNodeRegisteredEventName = "NodeRegistered"

// ContractEventName returns the user-defined event name.
func (AorakiNodeRegistered) ContractEventName() string {
	return AorakiNodeRegisteredEventName
}

// UnpackNodeRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NodeRegistered(address indexed node, uint256 stake)
func (aoraki *Aoraki) UnpackNodeRegisteredEvent(log *types.Log) (*AorakiNodeRegistered, error) {
	event := "NodeRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiNodeRegistered)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiStakeAdded represents a StakeAdded event raised by the Aoraki contract.
type AorakiStakeAdded struct {
	Node   common.Address
	Amount *big.Int
	Stake  *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const AorakiStakeAddedEventName = "StakeAdded"

// ContractEventName returns the user-defined event name.
func (AorakiStakeAdded) ContractEventName() string {
	return AorakiStakeAddedEventName
}

// UnpackStakeAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeAdded(address indexed node, uint256 amount, uint256 stake)
func (aoraki *Aoraki) UnpackStakeAddedEvent(log *types.Log) (*AorakiStakeAdded, error) {
	event := "StakeAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiStakeAdded)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiTaskFulfilled represents a TaskFulfilled event raised by the Aoraki contract.
type AorakiTaskFulfilled struct {
	TaskId        [32]byte
	Node          common.Address
	ResultDigest  [32]byte
	ReceiptDigest [32]byte
	PayoutsHash   [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const AorakiTaskFulfilledEventName = "TaskFulfilled"

// ContractEventName returns the user-defined event name.
func (AorakiTaskFulfilled) ContractEventName() string {
	return AorakiTaskFulfilledEventName
}

// UnpackTaskFulfilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskFulfilled(bytes32 indexed taskId, address indexed node, bytes32 resultDigest, bytes32 receiptDigest, bytes32 payoutsHash)
func (aoraki *Aoraki) UnpackTaskFulfilledEvent(log *types.Log) (*AorakiTaskFulfilled, error) {
	event := "TaskFulfilled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiTaskFulfilled)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiTaskPublished represents a TaskPublished event raised by the Aoraki contract.
type AorakiTaskPublished struct {
	TaskId          [32]byte
	Node            common.Address
	Requester       common.Address
	ProgramId       [32]byte
	InputDigest     [32]byte
	Price           *big.Int
	ProvingDeadline uint64
	Verifier        common.Address
	Callback        common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const AorakiTaskPublishedEventName = "TaskPublished"

// ContractEventName returns the user-defined event name.
func (AorakiTaskPublished) ContractEventName() string {
	return AorakiTaskPublishedEventName
}

// UnpackTaskPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskPublished(bytes32 indexed taskId, address indexed node, address indexed requester, bytes32 programId, bytes32 inputDigest, uint256 price, uint64 provingDeadline, address verifier, address callback)
func (aoraki *Aoraki) UnpackTaskPublishedEvent(log *types.Log) (*AorakiTaskPublished, error) {
	event := "TaskPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiTaskPublished)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiTaskRefunded represents a TaskRefunded event raised by the Aoraki contract.
type AorakiTaskRefunded struct {
	TaskId    [32]byte
	Requester common.Address
	Amount    *big.Int
	Slashed   *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AorakiTaskRefundedEventName = "TaskRefunded"

// ContractEventName returns the user-defined event name.
func (AorakiTaskRefunded) ContractEventName() string {
	return AorakiTaskRefundedEventName
}

// UnpackTaskRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TaskRefunded(bytes32 indexed taskId, address indexed requester, uint256 amount, uint256 slashed)
func (aoraki *Aoraki) UnpackTaskRefundedEvent(log *types.Log) (*AorakiTaskRefunded, error) {
	event := "TaskRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiTaskRefunded)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AorakiWithdrawn represents a Withdrawn event raised by the Aoraki contract.
type AorakiWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AorakiWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (AorakiWithdrawn) ContractEventName() string {
	return AorakiWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (aoraki *Aoraki) UnpackWithdrawnEvent(log *types.Log) (*AorakiWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aoraki.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AorakiWithdrawn)
	if len(log.Data) > 0 {
		if err := aoraki.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aoraki.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (aoraki *Aoraki) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], aoraki.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return aoraki.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["AttestationsMalformed"].ID.Bytes()[:4]) {
		return aoraki.UnpackAttestationsMalformedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["AttestationsNotSorted"].ID.Bytes()[:4]) {
		return aoraki.UnpackAttestationsNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["AttesterNotRegistered"].ID.Bytes()[:4]) {
		return aoraki.UnpackAttesterNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["DeadlineNotInFuture"].ID.Bytes()[:4]) {
		return aoraki.UnpackDeadlineNotInFutureError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["DeadlineNotPassed"].ID.Bytes()[:4]) {
		return aoraki.UnpackDeadlineNotPassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["DeadlinePassed"].ID.Bytes()[:4]) {
		return aoraki.UnpackDeadlinePassedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["InsufficientGasForCallback"].ID.Bytes()[:4]) {
		return aoraki.UnpackInsufficientGasForCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["InvalidParameter"].ID.Bytes()[:4]) {
		return aoraki.UnpackInvalidParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["MalformedSignature"].ID.Bytes()[:4]) {
		return aoraki.UnpackMalformedSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["NodeNotRegistered"].ID.Bytes()[:4]) {
		return aoraki.UnpackNodeNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["NodeStakeTooLow"].ID.Bytes()[:4]) {
		return aoraki.UnpackNodeStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["NonceUsed"].ID.Bytes()[:4]) {
		return aoraki.UnpackNonceUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return aoraki.UnpackNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return aoraki.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["PayoutToZeroAddress"].ID.Bytes()[:4]) {
		return aoraki.UnpackPayoutToZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["PayoutsExceedPrice"].ID.Bytes()[:4]) {
		return aoraki.UnpackPayoutsExceedPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["QuorumNotReached"].ID.Bytes()[:4]) {
		return aoraki.UnpackQuorumNotReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["QuoteExpired"].ID.Bytes()[:4]) {
		return aoraki.UnpackQuoteExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["Reentrancy"].ID.Bytes()[:4]) {
		return aoraki.UnpackReentrancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["StakeTooLarge"].ID.Bytes()[:4]) {
		return aoraki.UnpackStakeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["StakeTooLow"].ID.Bytes()[:4]) {
		return aoraki.UnpackStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["StillLocked"].ID.Bytes()[:4]) {
		return aoraki.UnpackStillLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["TaskNotOpen"].ID.Bytes()[:4]) {
		return aoraki.UnpackTaskNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["TasksStillOpen"].ID.Bytes()[:4]) {
		return aoraki.UnpackTasksStillOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return aoraki.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["VerifierRejected"].ID.Bytes()[:4]) {
		return aoraki.UnpackVerifierRejectedError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["WrongNodeState"].ID.Bytes()[:4]) {
		return aoraki.UnpackWrongNodeStateError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["WrongPayment"].ID.Bytes()[:4]) {
		return aoraki.UnpackWrongPaymentError(raw[4:])
	}
	if bytes.Equal(raw[:4], aoraki.abi.Errors["WrongQuoteSigner"].ID.Bytes()[:4]) {
		return aoraki.UnpackWrongQuoteSignerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AorakiAlreadyRegistered represents a AlreadyRegistered error raised by the Aoraki contract.
type AorakiAlreadyRegistered struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered(address node)
func AorakiAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x45ed80e9399c87887ea54f615514a1e3dde31e9b6c027ddceb4ffd503b70e428")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered(address node)
func (aoraki *Aoraki) UnpackAlreadyRegisteredError(raw []byte) (*AorakiAlreadyRegistered, error) {
	out := new(AorakiAlreadyRegistered)
	if err := aoraki.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiAttestationsMalformed represents a AttestationsMalformed error raised by the Aoraki contract.
type AorakiAttestationsMalformed struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationsMalformed(uint256 length)
func AorakiAttestationsMalformedErrorID() common.Hash {
	return common.HexToHash("0xf8d45a480b09093d378a6a527dccc7ee9aaf75d97763cd033d1991e0864bdbf6")
}

// UnpackAttestationsMalformedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationsMalformed(uint256 length)
func (aoraki *Aoraki) UnpackAttestationsMalformedError(raw []byte) (*AorakiAttestationsMalformed, error) {
	out := new(AorakiAttestationsMalformed)
	if err := aoraki.abi.UnpackIntoInterface(out, "AttestationsMalformed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiAttestationsNotSorted represents a AttestationsNotSorted error raised by the Aoraki contract.
type AorakiAttestationsNotSorted struct {
	Index  *big.Int
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttestationsNotSorted(uint256 index, address signer)
func AorakiAttestationsNotSortedErrorID() common.Hash {
	return common.HexToHash("0xad6eecb1567c47dada0519d858f4bcbce78937c9b006e78dbac75e6f706b301f")
}

// UnpackAttestationsNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttestationsNotSorted(uint256 index, address signer)
func (aoraki *Aoraki) UnpackAttestationsNotSortedError(raw []byte) (*AorakiAttestationsNotSorted, error) {
	out := new(AorakiAttestationsNotSorted)
	if err := aoraki.abi.UnpackIntoInterface(out, "AttestationsNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiAttesterNotRegistered represents a AttesterNotRegistered error raised by the Aoraki contract.
type AorakiAttesterNotRegistered struct {
	Index  *big.Int
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AttesterNotRegistered(uint256 index, address signer)
func AorakiAttesterNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x310f71f5dc26d1db8daeb8d1ce47bed2300889329444d1b0416f87cca9eef1af")
}

// UnpackAttesterNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AttesterNotRegistered(uint256 index, address signer)
func (aoraki *Aoraki) UnpackAttesterNotRegisteredError(raw []byte) (*AorakiAttesterNotRegistered, error) {
	out := new(AorakiAttesterNotRegistered)
	if err := aoraki.abi.UnpackIntoInterface(out, "AttesterNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiDeadlineNotInFuture represents a DeadlineNotInFuture error raised by the Aoraki contract.
type AorakiDeadlineNotInFuture struct {
	Deadline uint64
	Now      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotInFuture(uint64 deadline, uint256 now_)
func AorakiDeadlineNotInFutureErrorID() common.Hash {
	return common.HexToHash("0xdd2d27d7248ac55df9e43d621c865c4b25cb3ff52b2806e3455df18515d6f4a8")
}

// UnpackDeadlineNotInFutureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotInFuture(uint64 deadline, uint256 now_)
func (aoraki *Aoraki) UnpackDeadlineNotInFutureError(raw []byte) (*AorakiDeadlineNotInFuture, error) {
	out := new(AorakiDeadlineNotInFuture)
	if err := aoraki.abi.UnpackIntoInterface(out, "DeadlineNotInFuture", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiDeadlineNotPassed represents a DeadlineNotPassed error raised by the Aoraki contract.
type AorakiDeadlineNotPassed struct {
	Deadline uint64
	Now      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineNotPassed(uint64 deadline, uint256 now_)
func AorakiDeadlineNotPassedErrorID() common.Hash {
	return common.HexToHash("0x43c5d47b64ec1889ef0f6fb26b9833bcc4164421bb52f7827e17a6dd9a51a0f4")
}

// UnpackDeadlineNotPassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineNotPassed(uint64 deadline, uint256 now_)
func (aoraki *Aoraki) UnpackDeadlineNotPassedError(raw []byte) (*AorakiDeadlineNotPassed, error) {
	out := new(AorakiDeadlineNotPassed)
	if err := aoraki.abi.UnpackIntoInterface(out, "DeadlineNotPassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiDeadlinePassed represents a DeadlinePassed error raised by the Aoraki contract.
type AorakiDeadlinePassed struct {
	Deadline uint64
	Now      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlinePassed(uint64 deadline, uint256 now_)
func AorakiDeadlinePassedErrorID() common.Hash {
	return common.HexToHash("0x3dee80f26b09083e6b22a1f70917a891078741122fa0a3e7bd5b67f2cd39cdd1")
}

// UnpackDeadlinePassedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlinePassed(uint64 deadline, uint256 now_)
func (aoraki *Aoraki) UnpackDeadlinePassedError(raw []byte) (*AorakiDeadlinePassed, error) {
	out := new(AorakiDeadlinePassed)
	if err := aoraki.abi.UnpackIntoInterface(out, "DeadlinePassed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiInsufficientGasForCallback represents a InsufficientGasForCallback error raised by the Aoraki contract.
type AorakiInsufficientGasForCallback struct {
	GasLeft *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGasForCallback(uint256 gasLeft, uint256 needed)
func AorakiInsufficientGasForCallbackErrorID() common.Hash {
	return common.HexToHash("0x486594e4294b5c5cda5e4703b770d5a6063f94fe0fac7cf887908574a407e4b8")
}

// UnpackInsufficientGasForCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGasForCallback(uint256 gasLeft, uint256 needed)
func (aoraki *Aoraki) UnpackInsufficientGasForCallbackError(raw []byte) (*AorakiInsufficientGasForCallback, error) {
	out := new(AorakiInsufficientGasForCallback)
	if err := aoraki.abi.UnpackIntoInterface(out, "InsufficientGasForCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiInvalidParameter represents a InvalidParameter error raised by the Aoraki contract.
type AorakiInvalidParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidParameter(string name)
func AorakiInvalidParameterErrorID() common.Hash {
	return common.HexToHash("0xaa33ade0aeb9f98ab34de64dc8528f518998966a7f9fcee11b746b769d506aa5")
}

// UnpackInvalidParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidParameter(string name)
func (aoraki *Aoraki) UnpackInvalidParameterError(raw []byte) (*AorakiInvalidParameter, error) {
	out := new(AorakiInvalidParameter)
	if err := aoraki.abi.UnpackIntoInterface(out, "InvalidParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiMalformedSignature represents a MalformedSignature error raised by the Aoraki contract.
type AorakiMalformedSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedSignature()
func AorakiMalformedSignatureErrorID() common.Hash {
	return common.HexToHash("0x55a1e16eadce29d71cb136c0493e3881b154dc5303ad068a5a1e01023482b7e2")
}

// UnpackMalformedSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedSignature()
func (aoraki *Aoraki) UnpackMalformedSignatureError(raw []byte) (*AorakiMalformedSignature, error) {
	out := new(AorakiMalformedSignature)
	if err := aoraki.abi.UnpackIntoInterface(out, "MalformedSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiNodeNotRegistered represents a NodeNotRegistered error raised by the Aoraki contract.
type AorakiNodeNotRegistered struct {
	Node common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeNotRegistered(address node)
func AorakiNodeNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0x9c3baaedcd13945050d2520b64ddd7584df0bce7a1e1a5e0b36ed0f5159bb7af")
}

// UnpackNodeNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeNotRegistered(address node)
func (aoraki *Aoraki) UnpackNodeNotRegisteredError(raw []byte) (*AorakiNodeNotRegistered, error) {
	out := new(AorakiNodeNotRegistered)
	if err := aoraki.abi.UnpackIntoInterface(out, "NodeNotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiNodeStakeTooLow represents a NodeStakeTooLow error raised by the Aoraki contract.
type AorakiNodeStakeTooLow struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NodeStakeTooLow(uint256 stake, uint256 minStake)
func AorakiNodeStakeTooLowErrorID() common.Hash {
	return common.HexToHash("0xd58e10cbb3d45899d53fce7b5447a1a7869ccb90692d2476c0dcd4f421e77ee8")
}

// UnpackNodeStakeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NodeStakeTooLow(uint256 stake, uint256 minStake)
func (aoraki *Aoraki) UnpackNodeStakeTooLowError(raw []byte) (*AorakiNodeStakeTooLow, error) {
	out := new(AorakiNodeStakeTooLow)
	if err := aoraki.abi.UnpackIntoInterface(out, "NodeStakeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiNonceUsed represents a NonceUsed error raised by the Aoraki contract.
type AorakiNonceUsed struct {
	Node  common.Address
	Nonce *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NonceUsed(address node, uint256 nonce)
func AorakiNonceUsedErrorID() common.Hash {
	return common.HexToHash("0x2af71f10069c28afc67c3752e87e0e4616a97948d33c8f404a856c0c334b3e01")
}

// UnpackNonceUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NonceUsed(address node, uint256 nonce)
func (aoraki *Aoraki) UnpackNonceUsedError(raw []byte) (*AorakiNonceUsed, error) {
	out := new(AorakiNonceUsed)
	if err := aoraki.abi.UnpackIntoInterface(out, "NonceUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiNotRequester represents a NotRequester error raised by the Aoraki contract.
type AorakiNotRequester struct {
	Requester common.Address
	Sender    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(address requester, address sender)
func AorakiNotRequesterErrorID() common.Hash {
	return common.HexToHash("0x0691b032b929d76e12873ceb559e6ea1a430f5e6ad588ffca056b6a5a9c89d14")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(address requester, address sender)
func (aoraki *Aoraki) UnpackNotRequesterError(raw []byte) (*AorakiNotRequester, error) {
	out := new(AorakiNotRequester)
	if err := aoraki.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiNothingToWithdraw represents a NothingToWithdraw error raised by the Aoraki contract.
type AorakiNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func AorakiNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (aoraki *Aoraki) UnpackNothingToWithdrawError(raw []byte) (*AorakiNothingToWithdraw, error) {
	out := new(AorakiNothingToWithdraw)
	if err := aoraki.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiPayoutToZeroAddress represents a PayoutToZeroAddress error raised by the Aoraki contract.
type AorakiPayoutToZeroAddress struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutToZeroAddress(uint256 index)
func AorakiPayoutToZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xe29e539b6395fc47a51434522739d8cc7916b9ef9b069e89887d24755d14f92b")
}

// UnpackPayoutToZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutToZeroAddress(uint256 index)
func (aoraki *Aoraki) UnpackPayoutToZeroAddressError(raw []byte) (*AorakiPayoutToZeroAddress, error) {
	out := new(AorakiPayoutToZeroAddress)
	if err := aoraki.abi.UnpackIntoInterface(out, "PayoutToZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiPayoutsExceedPrice represents a PayoutsExceedPrice error raised by the Aoraki contract.
type AorakiPayoutsExceedPrice struct {
	Total *big.Int
	Price *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PayoutsExceedPrice(uint256 total, uint256 price)
func AorakiPayoutsExceedPriceErrorID() common.Hash {
	return common.HexToHash("0x7f7d771638427ff2a89d4a649f847cd09f6aae2336a3506af2012b3432727e2f")
}

// UnpackPayoutsExceedPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PayoutsExceedPrice(uint256 total, uint256 price)
func (aoraki *Aoraki) UnpackPayoutsExceedPriceError(raw []byte) (*AorakiPayoutsExceedPrice, error) {
	out := new(AorakiPayoutsExceedPrice)
	if err := aoraki.abi.UnpackIntoInterface(out, "PayoutsExceedPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiQuorumNotReached represents a QuorumNotReached error raised by the Aoraki contract.
type AorakiQuorumNotReached struct {
	Attestations *big.Int
	Threshold    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuorumNotReached(uint256 attestations, uint256 threshold)
func AorakiQuorumNotReachedErrorID() common.Hash {
	return common.HexToHash("0x6a2159843653f10db54c042cb44fca2acd5ab362e9d6b07cb6ba038cc88440ed")
}

// UnpackQuorumNotReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuorumNotReached(uint256 attestations, uint256 threshold)
func (aoraki *Aoraki) UnpackQuorumNotReachedError(raw []byte) (*AorakiQuorumNotReached, error) {
	out := new(AorakiQuorumNotReached)
	if err := aoraki.abi.UnpackIntoInterface(out, "QuorumNotReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiQuoteExpired represents a QuoteExpired error raised by the Aoraki contract.
type AorakiQuoteExpired struct {
	Expiry uint64
	Now    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QuoteExpired(uint64 expiry, uint256 now_)
func AorakiQuoteExpiredErrorID() common.Hash {
	return common.HexToHash("0x810e78c79aabf4e697706525bdbb6d877c8314c4798d69ae205f2eb27b494a2e")
}

// UnpackQuoteExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QuoteExpired(uint64 expiry, uint256 now_)
func (aoraki *Aoraki) UnpackQuoteExpiredError(raw []byte) (*AorakiQuoteExpired, error) {
	out := new(AorakiQuoteExpired)
	if err := aoraki.abi.UnpackIntoInterface(out, "QuoteExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiReentrancy represents a Reentrancy error raised by the Aoraki contract.
type AorakiReentrancy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrancy()
func AorakiReentrancyErrorID() common.Hash {
	return common.HexToHash("0xab143c06c9772d69bbbc9f2fe74acd02f810e93b099f3d1dac8448ac9ae35991")
}

// UnpackReentrancyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrancy()
func (aoraki *Aoraki) UnpackReentrancyError(raw []byte) (*AorakiReentrancy, error) {
	out := new(AorakiReentrancy)
	if err := aoraki.abi.UnpackIntoInterface(out, "Reentrancy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiStakeTooLarge represents a StakeTooLarge error raised by the Aoraki contract.
type AorakiStakeTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeTooLarge()
func AorakiStakeTooLargeErrorID() common.Hash {
	return common.HexToHash("0x1a64b33b320a74dbbf936e06b1a71cc134531c8396133bc9918496a43a0d0465")
}

// UnpackStakeTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeTooLarge()
func (aoraki *Aoraki) UnpackStakeTooLargeError(raw []byte) (*AorakiStakeTooLarge, error) {
	out := new(AorakiStakeTooLarge)
	if err := aoraki.abi.UnpackIntoInterface(out, "StakeTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiStakeTooLow represents a StakeTooLow error raised by the Aoraki contract.
type AorakiStakeTooLow struct {
	Stake    *big.Int
	MinStake *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeTooLow(uint256 stake, uint256 minStake)
func AorakiStakeTooLowErrorID() common.Hash {
	return common.HexToHash("0x829f11638d406de2605d01f8ea108c1f13393def0f2b7b6e6ffffd9996d50bd5")
}

// UnpackStakeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeTooLow(uint256 stake, uint256 minStake)
func (aoraki *Aoraki) UnpackStakeTooLowError(raw []byte) (*AorakiStakeTooLow, error) {
	out := new(AorakiStakeTooLow)
	if err := aoraki.abi.UnpackIntoInterface(out, "StakeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiStillLocked represents a StillLocked error raised by the Aoraki contract.
type AorakiStillLocked struct {
	UnlockAt uint64
	Now      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StillLocked(uint64 unlockAt, uint256 now_)
func AorakiStillLockedErrorID() common.Hash {
	return common.HexToHash("0x2f05ff6cb48a771025cfcc3ebdc55bf645a43c2d8a073f3a8bcd1a1d4d32ad84")
}

// UnpackStillLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StillLocked(uint64 unlockAt, uint256 now_)
func (aoraki *Aoraki) UnpackStillLockedError(raw []byte) (*AorakiStillLocked, error) {
	out := new(AorakiStillLocked)
	if err := aoraki.abi.UnpackIntoInterface(out, "StillLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiTaskNotOpen represents a TaskNotOpen error raised by the Aoraki contract.
type AorakiTaskNotOpen struct {
	TaskId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TaskNotOpen(bytes32 taskId)
func AorakiTaskNotOpenErrorID() common.Hash {
	return common.HexToHash("0x1a38cf362df20f062dfa4bcbd633a1e9612ef9d0d7707d9b695c921ba5002942")
}

// UnpackTaskNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TaskNotOpen(bytes32 taskId)
func (aoraki *Aoraki) UnpackTaskNotOpenError(raw []byte) (*AorakiTaskNotOpen, error) {
	out := new(AorakiTaskNotOpen)
	if err := aoraki.abi.UnpackIntoInterface(out, "TaskNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiTasksStillOpen represents a TasksStillOpen error raised by the Aoraki contract.
type AorakiTasksStillOpen struct {
	OpenTasks uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TasksStillOpen(uint32 openTasks)
func AorakiTasksStillOpenErrorID() common.Hash {
	return common.HexToHash("0xed06bc2efed30360002e6abdba979058488f1844f71eb75fc3f2dfb6526514a7")
}

// UnpackTasksStillOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TasksStillOpen(uint32 openTasks)
func (aoraki *Aoraki) UnpackTasksStillOpenError(raw []byte) (*AorakiTasksStillOpen, error) {
	out := new(AorakiTasksStillOpen)
	if err := aoraki.abi.UnpackIntoInterface(out, "TasksStillOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiTransferFailed represents a TransferFailed error raised by the Aoraki contract.
type AorakiTransferFailed struct {
	To     common.Address
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func AorakiTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x1c43b9761b3fba5321ca8212bfc231945f668ccc0c446f333999eea9ce8fda81")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address to, uint256 amount)
func (aoraki *Aoraki) UnpackTransferFailedError(raw []byte) (*AorakiTransferFailed, error) {
	out := new(AorakiTransferFailed)
	if err := aoraki.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiVerifierRejected represents a VerifierRejected error raised by the Aoraki contract.
type AorakiVerifierRejected struct {
	Verifier common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error VerifierRejected(address verifier)
func AorakiVerifierRejectedErrorID() common.Hash {
	return common.HexToHash("0xb8ac55accd02fce8d67495912a7d93afec469dfab28ac363bfbe72b1bd3d4365")
}

// UnpackVerifierRejectedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error VerifierRejected(address verifier)
func (aoraki *Aoraki) UnpackVerifierRejectedError(raw []byte) (*AorakiVerifierRejected, error) {
	out := new(AorakiVerifierRejected)
	if err := aoraki.abi.UnpackIntoInterface(out, "VerifierRejected", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiWrongNodeState represents a WrongNodeState error raised by the Aoraki contract.
type AorakiWrongNodeState struct {
	Node   common.Address
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongNodeState(address node, uint8 status)
func AorakiWrongNodeStateErrorID() common.Hash {
	return common.HexToHash("0x6ee4153d7d50d1207cfdc4927db9b896ce3f77a781a84e994a86b45ed6b6fc4d")
}

// UnpackWrongNodeStateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongNodeState(address node, uint8 status)
func (aoraki *Aoraki) UnpackWrongNodeStateError(raw []byte) (*AorakiWrongNodeState, error) {
	out := new(AorakiWrongNodeState)
	if err := aoraki.abi.UnpackIntoInterface(out, "WrongNodeState", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiWrongPayment represents a WrongPayment error raised by the Aoraki contract.
type AorakiWrongPayment struct {
	Paid  *big.Int
	Price *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPayment(uint256 paid, uint256 price)
func AorakiWrongPaymentErrorID() common.Hash {
	return common.HexToHash("0x0dd32d1c3ef0af2f42e38a7f633c5c154da0aa1d3a58e8dcd04bcd6fb310ac9d")
}

// UnpackWrongPaymentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPayment(uint256 paid, uint256 price)
func (aoraki *Aoraki) UnpackWrongPaymentError(raw []byte) (*AorakiWrongPayment, error) {
	out := new(AorakiWrongPayment)
	if err := aoraki.abi.UnpackIntoInterface(out, "WrongPayment", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AorakiWrongQuoteSigner represents a WrongQuoteSigner error raised by the Aoraki contract.
type AorakiWrongQuoteSigner struct {
	Expected  common.Address
	Recovered common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongQuoteSigner(address expected, address recovered)
func AorakiWrongQuoteSignerErrorID() common.Hash {
	return common.HexToHash("0xdb733e680d680e9a959f2bb830c1a0eda0f9f6873d4a17fdc8ebce90f1b34391")
}

// UnpackWrongQuoteSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongQuoteSigner(address expected, address recovered)
func (aoraki *Aoraki) UnpackWrongQuoteSignerError(raw []byte) (*AorakiWrongQuoteSigner, error) {
	out := new(AorakiWrongQuoteSigner)
	if err := aoraki.abi.UnpackIntoInterface(out, "WrongQuoteSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}
