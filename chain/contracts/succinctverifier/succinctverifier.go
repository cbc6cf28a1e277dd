// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package succinctverifier

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

// TaskQuote is an auto generated low-level Go binding around an user-defined struct.
type TaskQuote struct {
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

// SuccinctVerifierMetaData contains all meta data concerning the SuccinctVerifier contract.
var SuccinctVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractAoraki\",\"name\":\"aoraki_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"}],\"name\":\"BadParameter\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"familyId\",\"type\":\"bytes32\"}],\"name\":\"FamilyExists\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"InvalidKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"KeyStoreFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"familyId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"keySet\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"initialInput\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"keys\",\"type\":\"address\"}],\"name\":\"FamilyRegistered\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"JOIN_KEY_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SEGMENTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"STATEMENT_PREFIX\",\"outputs\":[{\"internalType\":\"bytes19\",\"name\":\"\",\"type\":\"bytes19\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"aoraki\",\"outputs\":[{\"internalType\":\"contractAoraki\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"check\",\"outputs\":[{\"internalType\":\"enumSuccinctVerifier.Verdict\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"node\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"programId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"inputDigest\",\"type\":\"bytes32\"},{\"internalType\":\"uint96\",\"name\":\"price\",\"type\":\"uint96\"},{\"internalType\":\"uint64\",\"name\":\"provingDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifier\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"callback\",\"type\":\"address\"}],\"internalType\":\"structTaskQuote\",\"name\":\"quote\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"familyId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[12]\",\"name\":\"seal\",\"type\":\"uint256[12]\"},{\"internalType\":\"uint256\",\"name\":\"bindOut\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"count\",\"type\":\"uint256\"}],\"name\":\"encodeProof\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"families\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"keys\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"keySet\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialInput\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"keySet\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialState\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"initialInput\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[28]\",\"name\":\"wrapKey\",\"type\":\"uint256[28]\"}],\"name\":\"registerFamily\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"resultDigest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyReceipt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SuccinctVerifier",
	Bin: "0x60c0346100ba57601f61108038819003918201601f19168301916001600160401b038311848410176100be578084926020946040528339810103126100ba57516001600160a01b0381168082036100ba573b1561008b573360805260a052604051610fad90816100d382396080518181816101240152610378015260a05181818160e10152610ab50152f35b60405163e70e701560e01b8152602060048201526006602482015265616f72616b6960d01b6044820152606490fd5b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80631cde29ca146109365780632591c773146108e25780632b60d6c91461032757806350bebf97146101c3578063535e401c146101825780638521bd80146101485780638da5cb5b14610105578063a74067a7146100c2578063d50c55b4146100a75763f161bb2e14610087575f80fd5b346100a3575f3660031901126100a35760206040516110008152f35b5f80fd5b346100a3575f3660031901126100a3576020604051601c8152f35b346100a3575f3660031901126100a35760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100a3575f3660031901126100a35760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b346100a3575f3660031901126100a35760206040517f7a6b706f6f6c2f73746174656d656e742f7632000000000000000000000000008152f35b346100a35761019c6101933661098a565b92919091610a54565b60405160088210156101af576020918152f35b634e487b7160e01b5f52602160045260245ffd5b346100a357366003190161032081126100a357610140136100a357366102e4116100a35760405160208101906004356001600160a01b0381168091036100a35782526024356001600160a01b0381168091036100a3576040820152604435606082015260643560808201526084356bffffffffffffffffffffffff81168091036100a35760a082015260a43567ffffffffffffffff81168091036100a35760c082015260c43567ffffffffffffffff81168091036100a35760e082015260e435610100820152610104356001600160a01b0381168091036100a35761012082015261012435906001600160a01b0382168092036100a35760409161014082015261014435610160820152610180610164818301376102e4356103008201526103043561032082015261032081526102fc610340826109dd565b8151928391602083525180918160208501528484015e5f828201840152601f01601f19168101030190f35b346100a3576104003660031901126100a35760043567ffffffffffffffff81116100a35761035990369060040161095c565b90602435916044356064359136610404116100a3576001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633036108b6578015610871575f516020610f8d5f395f51905f5285101561082c5781158015610815575b6107d0575f516020610f8d5f395f51905f5283101561078b5767ffffffffffffffff811161077757601f19601f8201169460405161040360208801826109dd565b828152602081019036848801116100a357838783375f6020858301015251902094855f525f6020526001600160a01b0360405f20541661074b575f5b601c81106106d6575060025b601681106105fd57506001600160a01b0360405160208101907f610000000000000000000000000000000000000000000000000000000000000082527f038100000000000000000000000000000000000000000000000000000000000060218201527f80600c6000396000f3000000000000000000000000000000000000000000000060238201526103806084602d83013761038d81526104ee6103ad826109dd565b51905ff0169687156105d55760209787967f3a3ab7ebed0ca3e7e95221172165982b84fe1fda4bff74b79dae9efae3cebf539660c095604051610530816109c1565b84815260038b8e8301848152604084019086825260608501928884525f5260205f90526001600160a01b0360405f209551167fffffffffffffffffffffffff0000000000000000000000000000000000000000865416178555516001850155516002840155519101555f87896040519a8b9960a08b528160a08c0152838b0137880101528b8601526040850152606084015260808301528101030190a2604051908152f35b7f1fe07fbc000000000000000000000000000000000000000000000000000000005f5260045ffd5b61060681610dc8565b35600182018083116106975761061b90610dc8565b35600283018084116106975761063090610dc8565b3591600384018085116106975761064690610dc8565b3591604051925f84525f60208501528260408501528160608501528460808501528060a0850152600160208560c08160085afa945114941791171715151616156106ab57600481018091111561044b575b634e487b7160e01b5f52601160045260245ffd5b7fe938ac38000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6106df81610dc8565b3560018201808311610697576106f490610dc8565b35604080518381528260208201525f828201525f606082015260808160065afa9117151516156106ab578061072b5750601661043f565b600281018091111561043f57634e487b7160e01b5f52601160045260245ffd5b857f862e440f000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b634e487b7160e01b5f52604160045260245ffd5b606460405163e70e701560e01b815260206004820152600c60248201527f696e697469616c496e70757400000000000000000000000000000000000000006044820152fd5b606460405163e70e701560e01b815260206004820152600c60248201527f696e697469616c537461746500000000000000000000000000000000000000006044820152fd5b505f516020610f8d5f395f51905f528210156103c2565b606460405163e70e701560e01b815260206004820152600660248201527f6b657953657400000000000000000000000000000000000000000000000000006044820152fd5b606460405163e70e701560e01b815260206004820152600460248201527f6e616d65000000000000000000000000000000000000000000000000000000006044820152fd5b7f245aecd3000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346100a35760203660031901126100a3576004355f525f602052608060405f206001600160a01b03815416906001810154906003600282015491015491604051938452602084015260408301526060820152f35b346100a3576109476101933661098a565b60088110156101af5760209060405190158152f35b9181601f840112156100a35782359167ffffffffffffffff83116100a357602083818601950101116100a357565b60606003198201126100a35760043591602435916044359067ffffffffffffffff82116100a3576109bd9160040161095c565b9091565b6080810190811067ffffffffffffffff82111761077757604052565b90601f8019910116810190811067ffffffffffffffff82111761077757604052565b805160011015610a0f5760400190565b634e487b7160e01b5f52603260045260245ffd5b805160041015610a0f5760a00190565b805160061015610a0f5760e00190565b805160081015610a0f576101200190565b919261031f1901610dc0576103008301356110008111610db7578015610dae576040517f5f7be80d00000000000000000000000000000000000000000000000000000000815261014085600483013783602082610144816001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000165afa91511460203d14161615610da5576101408401355f525f60205260405f209260405193610b03856109c1565b6001600160a01b03815416808652600182015494602087019586526003600284015493604089019485520154916060880192835215610d98576060880135926101409460405197610b54878a6109dd565b600989526020890196601f190136883751885115610a0f57865260408a0135610b7c896109ff565b52875160021015610a0f575f516020610f8d5f395f51905f529006606088015251865160031015610a0f576080870152610bb586610a23565b52518015610d91575b845160051015610a0f5760c0850152610bd684610a33565b526102e0850135610be684610a43565b525f516020610f8d5f395f51905f52610bfe846109ff565b5110801590610d71575b8015610d51575b8015610d31575b610d27576040519160208301937f7a6b706f6f6c2f73746174656d656e742f76320000000000000000000000000085526033840190519092905f5b818110610d115750505091610c9e600482602096947fffffffff000000000000000000000000000000000000000000000000000000005f9760e01b16815203601b198101845201826109dd565b604051918291518091835e8101838152039060025afa15610d0657610cf8916001600160a01b035f516020610f8d5f395f51905f525f5106925116610380600160405180933c610160610380820192836040520190610e10565b15610d01575f90565b600790565b6040513d5f823e3d90fd5b8251855260209485019490920191600101610c51565b5050505050600590565b505f516020610f8d5f395f51905f52610d4984610a43565b511015610c16565b505f516020610f8d5f395f51905f52610d6984610a33565b511015610c0f565b505f516020610f8d5f395f51905f52610d8984610a23565b511015610c08565b5080610bbe565b5050505050505050600490565b50505050600290565b50505050600390565b50505050600190565b505050600190565b601c811015610a0f5760051b60840190565b91905f9360408093835e8282015260608160075afa15610e0c5780608060409260065afa15610e095750600190565b90565b5090565b905f9493916040840161010083019060408287375f516020610f8d5f395f51905f52604087200660406102c08501885e604083833760408760808160065afa15610f8357610e64866103008601848a610dda565b15610f8357610e799161034085019088610dda565b15610f7c57845160208601519161018085883761018087019586525f516020610f8d5f395f51905f526101a0882006908115610f73575b604061048089019182376104c088019180835260406103008a0160608460075afa15610f6857604092608061024088016103408c015e83610140890184375260606103c089019160075afa15610f605760408360809661010060c097896101c085016104008d015e8a378761014083016101008b015e5e84604084016101c088015e6102408601526102608501520161028083015e6020816104808160085afa15610f5d57516001149150565b50565b505050505050565b505050505050505050565b60019150610eb0565b5050505050565b5050505050505056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// SuccinctVerifier is an auto generated Go binding around an Ethereum contract.
type SuccinctVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SuccinctVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewSuccinctVerifier creates a new instance of SuccinctVerifier.
func NewSuccinctVerifier() *SuccinctVerifier {
	parsed, err := SuccinctVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SuccinctVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SuccinctVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address aoraki_) returns()
func (succinctVerifier *SuccinctVerifier) PackConstructor(aoraki_ common.Address) []byte {
	enc, err := succinctVerifier.abi.Pack("", aoraki_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackJOINKEYWORDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd50c55b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function JOIN_KEY_WORDS() view returns(uint256)
func (succinctVerifier *SuccinctVerifier) PackJOINKEYWORDS() []byte {
	enc, err := succinctVerifier.abi.Pack("JOIN_KEY_WORDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJOINKEYWORDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd50c55b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function JOIN_KEY_WORDS() view returns(uint256)
func (succinctVerifier *SuccinctVerifier) TryPackJOINKEYWORDS() ([]byte, error) {
	return succinctVerifier.abi.Pack("JOIN_KEY_WORDS")
}

// UnpackJOINKEYWORDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd50c55b4.
//
// Solidity: function JOIN_KEY_WORDS() view returns(uint256)
func (succinctVerifier *SuccinctVerifier) UnpackJOINKEYWORDS(data []byte) (*big.Int, error) {
	out, err := succinctVerifier.abi.Unpack("JOIN_KEY_WORDS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSEGMENTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf161bb2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SEGMENTS() view returns(uint256)
func (succinctVerifier *SuccinctVerifier) PackMAXSEGMENTS() []byte {
	enc, err := succinctVerifier.abi.Pack("MAX_SEGMENTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSEGMENTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf161bb2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SEGMENTS() view returns(uint256)
func (succinctVerifier *SuccinctVerifier) TryPackMAXSEGMENTS() ([]byte, error) {
	return succinctVerifier.abi.Pack("MAX_SEGMENTS")
}

// UnpackMAXSEGMENTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf161bb2e.
//
// Solidity: function MAX_SEGMENTS() view returns(uint256)
func (succinctVerifier *SuccinctVerifier) UnpackMAXSEGMENTS(data []byte) (*big.Int, error) {
	out, err := succinctVerifier.abi.Unpack("MAX_SEGMENTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSTATEMENTPREFIX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8521bd80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function STATEMENT_PREFIX() view returns(bytes19)
func (succinctVerifier *SuccinctVerifier) PackSTATEMENTPREFIX() []byte {
	enc, err := succinctVerifier.abi.Pack("STATEMENT_PREFIX")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSTATEMENTPREFIX is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8521bd80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function STATEMENT_PREFIX() view returns(bytes19)
func (succinctVerifier *SuccinctVerifier) TryPackSTATEMENTPREFIX() ([]byte, error) {
	return succinctVerifier.abi.Pack("STATEMENT_PREFIX")
}

// UnpackSTATEMENTPREFIX is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8521bd80.
//
// Solidity: function STATEMENT_PREFIX() view returns(bytes19)
func (succinctVerifier *SuccinctVerifier) UnpackSTATEMENTPREFIX(data []byte) ([19]byte, error) {
	out, err := succinctVerifier.abi.Unpack("STATEMENT_PREFIX", data)
	if err != nil {
		return *new([19]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([19]byte)).(*[19]byte)
	return out0, nil
}

// PackAoraki is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa74067a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aoraki() view returns(address)
func (succinctVerifier *SuccinctVerifier) PackAoraki() []byte {
	enc, err := succinctVerifier.abi.Pack("aoraki")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAoraki is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa74067a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aoraki() view returns(address)
func (succinctVerifier *SuccinctVerifier) TryPackAoraki() ([]byte, error) {
	return succinctVerifier.abi.Pack("aoraki")
}

// UnpackAoraki is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa74067a7.
//
// Solidity: function aoraki() view returns(address)
func (succinctVerifier *SuccinctVerifier) UnpackAoraki(data []byte) (common.Address, error) {
	out, err := succinctVerifier.abi.Unpack("aoraki", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x535e401c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function check(bytes32 taskId, bytes32 resultDigest, bytes proof) view returns(uint8)
func (succinctVerifier *SuccinctVerifier) PackCheck(taskId [32]byte, resultDigest [32]byte, proof []byte) []byte {
	enc, err := succinctVerifier.abi.Pack("check", taskId, resultDigest, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x535e401c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function check(bytes32 taskId, bytes32 resultDigest, bytes proof) view returns(uint8)
func (succinctVerifier *SuccinctVerifier) TryPackCheck(taskId [32]byte, resultDigest [32]byte, proof []byte) ([]byte, error) {
	return succinctVerifier.abi.Pack("check", taskId, resultDigest, proof)
}

// UnpackCheck is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x535e401c.
//
// Solidity: function check(bytes32 taskId, bytes32 resultDigest, bytes proof) view returns(uint8)
func (succinctVerifier *SuccinctVerifier) UnpackCheck(data []byte) (uint8, error) {
	out, err := succinctVerifier.abi.Unpack("check", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackEncodeProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50bebf97.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function encodeProof((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) quote, bytes32 familyId, uint256[12] seal, uint256 bindOut, uint256 count) pure returns(bytes)
func (succinctVerifier *SuccinctVerifier) PackEncodeProof(quote TaskQuote, familyId [32]byte, seal [12]*big.Int, bindOut *big.Int, count *big.Int) []byte {
	enc, err := succinctVerifier.abi.Pack("encodeProof", quote, familyId, seal, bindOut, count)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEncodeProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50bebf97.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function encodeProof((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) quote, bytes32 familyId, uint256[12] seal, uint256 bindOut, uint256 count) pure returns(bytes)
func (succinctVerifier *SuccinctVerifier) TryPackEncodeProof(quote TaskQuote, familyId [32]byte, seal [12]*big.Int, bindOut *big.Int, count *big.Int) ([]byte, error) {
	return succinctVerifier.abi.Pack("encodeProof", quote, familyId, seal, bindOut, count)
}

// UnpackEncodeProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50bebf97.
//
// Solidity: function encodeProof((address,address,bytes32,bytes32,uint96,uint64,uint64,uint256,address,address) quote, bytes32 familyId, uint256[12] seal, uint256 bindOut, uint256 count) pure returns(bytes)
func (succinctVerifier *SuccinctVerifier) UnpackEncodeProof(data []byte) ([]byte, error) {
	out, err := succinctVerifier.abi.Unpack("encodeProof", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackFamilies is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2591c773.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function families(bytes32 ) view returns(address keys, bytes32 keySet, bytes32 initialState, bytes32 initialInput)
func (succinctVerifier *SuccinctVerifier) PackFamilies(arg0 [32]byte) []byte {
	enc, err := succinctVerifier.abi.Pack("families", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFamilies is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2591c773.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function families(bytes32 ) view returns(address keys, bytes32 keySet, bytes32 initialState, bytes32 initialInput)
func (succinctVerifier *SuccinctVerifier) TryPackFamilies(arg0 [32]byte) ([]byte, error) {
	return succinctVerifier.abi.Pack("families", arg0)
}

// FamiliesOutput serves as a container for the return parameters of contract
// method Families.
type FamiliesOutput struct {
	Keys         common.Address
	KeySet       [32]byte
	InitialState [32]byte
	InitialInput [32]byte
}

// UnpackFamilies is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2591c773.
//
// Solidity: function families(bytes32 ) view returns(address keys, bytes32 keySet, bytes32 initialState, bytes32 initialInput)
func (succinctVerifier *SuccinctVerifier) UnpackFamilies(data []byte) (FamiliesOutput, error) {
	out, err := succinctVerifier.abi.Unpack("families", data)
	outstruct := new(FamiliesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Keys = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.KeySet = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.InitialState = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.InitialInput = *abi.ConvertType(out[3], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (succinctVerifier *SuccinctVerifier) PackOwner() []byte {
	enc, err := succinctVerifier.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (succinctVerifier *SuccinctVerifier) TryPackOwner() ([]byte, error) {
	return succinctVerifier.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (succinctVerifier *SuccinctVerifier) UnpackOwner(data []byte) (common.Address, error) {
	out, err := succinctVerifier.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegisterFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b60d6c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registerFamily(string name, bytes32 keySet, bytes32 initialState, bytes32 initialInput, uint256[28] wrapKey) returns(bytes32 id)
func (succinctVerifier *SuccinctVerifier) PackRegisterFamily(name string, keySet [32]byte, initialState [32]byte, initialInput [32]byte, wrapKey [28]*big.Int) []byte {
	enc, err := succinctVerifier.abi.Pack("registerFamily", name, keySet, initialState, initialInput, wrapKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisterFamily is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b60d6c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registerFamily(string name, bytes32 keySet, bytes32 initialState, bytes32 initialInput, uint256[28] wrapKey) returns(bytes32 id)
func (succinctVerifier *SuccinctVerifier) TryPackRegisterFamily(name string, keySet [32]byte, initialState [32]byte, initialInput [32]byte, wrapKey [28]*big.Int) ([]byte, error) {
	return succinctVerifier.abi.Pack("registerFamily", name, keySet, initialState, initialInput, wrapKey)
}

// UnpackRegisterFamily is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b60d6c9.
//
// Solidity: function registerFamily(string name, bytes32 keySet, bytes32 initialState, bytes32 initialInput, uint256[28] wrapKey) returns(bytes32 id)
func (succinctVerifier *SuccinctVerifier) UnpackRegisterFamily(data []byte) ([32]byte, error) {
	out, err := succinctVerifier.abi.Unpack("registerFamily", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackVerifyReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cde29ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyReceipt(bytes32 taskId, bytes32 resultDigest, bytes proof) view returns(bool)
func (succinctVerifier *SuccinctVerifier) PackVerifyReceipt(taskId [32]byte, resultDigest [32]byte, proof []byte) []byte {
	enc, err := succinctVerifier.abi.Pack("verifyReceipt", taskId, resultDigest, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cde29ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyReceipt(bytes32 taskId, bytes32 resultDigest, bytes proof) view returns(bool)
func (succinctVerifier *SuccinctVerifier) TryPackVerifyReceipt(taskId [32]byte, resultDigest [32]byte, proof []byte) ([]byte, error) {
	return succinctVerifier.abi.Pack("verifyReceipt", taskId, resultDigest, proof)
}

// UnpackVerifyReceipt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cde29ca.
//
// Solidity: function verifyReceipt(bytes32 taskId, bytes32 resultDigest, bytes proof) view returns(bool)
func (succinctVerifier *SuccinctVerifier) UnpackVerifyReceipt(data []byte) (bool, error) {
	out, err := succinctVerifier.abi.Unpack("verifyReceipt", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// SuccinctVerifierFamilyRegistered represents a FamilyRegistered event raised by the SuccinctVerifier contract.
type SuccinctVerifierFamilyRegistered struct {
	FamilyId     [32]byte
	Name         string
	KeySet       [32]byte
	InitialState [32]byte
	InitialInput [32]byte
	Keys         common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const SuccinctVerifierFamilyRegisteredEventName = "FamilyRegistered"

// ContractEventName returns the user-defined event name.
func (SuccinctVerifierFamilyRegistered) ContractEventName() string {
	return SuccinctVerifierFamilyRegisteredEventName
}

// UnpackFamilyRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FamilyRegistered(bytes32 indexed familyId, string name, bytes32 keySet, bytes32 initialState, bytes32 initialInput, address keys)
func (succinctVerifier *SuccinctVerifier) UnpackFamilyRegisteredEvent(log *types.Log) (*SuccinctVerifierFamilyRegistered, error) {
	event := "FamilyRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != succinctVerifier.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SuccinctVerifierFamilyRegistered)
	if len(log.Data) > 0 {
		if err := succinctVerifier.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range succinctVerifier.abi.Events[event].Inputs {
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
func (succinctVerifier *SuccinctVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], succinctVerifier.abi.Errors["BadParameter"].ID.Bytes()[:4]) {
		return succinctVerifier.UnpackBadParameterError(raw[4:])
	}
	if bytes.Equal(raw[:4], succinctVerifier.abi.Errors["FamilyExists"].ID.Bytes()[:4]) {
		return succinctVerifier.UnpackFamilyExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], succinctVerifier.abi.Errors["InvalidKey"].ID.Bytes()[:4]) {
		return succinctVerifier.UnpackInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], succinctVerifier.abi.Errors["KeyStoreFailed"].ID.Bytes()[:4]) {
		return succinctVerifier.UnpackKeyStoreFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], succinctVerifier.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return succinctVerifier.UnpackNotOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SuccinctVerifierBadParameter represents a BadParameter error raised by the SuccinctVerifier contract.
type SuccinctVerifierBadParameter struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadParameter(string name)
func SuccinctVerifierBadParameterErrorID() common.Hash {
	return common.HexToHash("0xe70e70154c448e6c8330844843e6f2f9c303eeed653927da22f68fbfa1bb820c")
}

// UnpackBadParameterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadParameter(string name)
func (succinctVerifier *SuccinctVerifier) UnpackBadParameterError(raw []byte) (*SuccinctVerifierBadParameter, error) {
	out := new(SuccinctVerifierBadParameter)
	if err := succinctVerifier.abi.UnpackIntoInterface(out, "BadParameter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SuccinctVerifierFamilyExists represents a FamilyExists error raised by the SuccinctVerifier contract.
type SuccinctVerifierFamilyExists struct {
	FamilyId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FamilyExists(bytes32 familyId)
func SuccinctVerifierFamilyExistsErrorID() common.Hash {
	return common.HexToHash("0x862e440f3c46a7c872a1cfbaf311cb9c64ed7f02aff253b62e765cfc0b56796e")
}

// UnpackFamilyExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FamilyExists(bytes32 familyId)
func (succinctVerifier *SuccinctVerifier) UnpackFamilyExistsError(raw []byte) (*SuccinctVerifierFamilyExists, error) {
	out := new(SuccinctVerifierFamilyExists)
	if err := succinctVerifier.abi.UnpackIntoInterface(out, "FamilyExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SuccinctVerifierInvalidKey represents a InvalidKey error raised by the SuccinctVerifier contract.
type SuccinctVerifierInvalidKey struct {
	Word *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidKey(uint256 word)
func SuccinctVerifierInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0xe938ac382c26132aa5fe4af2c5e9ee88093da80920d00cf75ecb3ea33e4dd494")
}

// UnpackInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidKey(uint256 word)
func (succinctVerifier *SuccinctVerifier) UnpackInvalidKeyError(raw []byte) (*SuccinctVerifierInvalidKey, error) {
	out := new(SuccinctVerifierInvalidKey)
	if err := succinctVerifier.abi.UnpackIntoInterface(out, "InvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SuccinctVerifierKeyStoreFailed represents a KeyStoreFailed error raised by the SuccinctVerifier contract.
type SuccinctVerifierKeyStoreFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyStoreFailed()
func SuccinctVerifierKeyStoreFailedErrorID() common.Hash {
	return common.HexToHash("0x1fe07fbc41e3613afdbf92e407cdd90abebcbe85fe1b396125f02b1a30d02bff")
}

// UnpackKeyStoreFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyStoreFailed()
func (succinctVerifier *SuccinctVerifier) UnpackKeyStoreFailedError(raw []byte) (*SuccinctVerifierKeyStoreFailed, error) {
	out := new(SuccinctVerifierKeyStoreFailed)
	if err := succinctVerifier.abi.UnpackIntoInterface(out, "KeyStoreFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SuccinctVerifierNotOwner represents a NotOwner error raised by the SuccinctVerifier contract.
type SuccinctVerifierNotOwner struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address sender)
func SuccinctVerifierNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address sender)
func (succinctVerifier *SuccinctVerifier) UnpackNotOwnerError(raw []byte) (*SuccinctVerifierNotOwner, error) {
	out := new(SuccinctVerifierNotOwner)
	if err := succinctVerifier.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}
