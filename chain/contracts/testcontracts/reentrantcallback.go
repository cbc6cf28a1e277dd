// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testcontracts

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

// ReentrantCallbackMetaData contains all meta data concerning the ReentrantCallback contract.
var ReentrantCallbackMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractAoraki\",\"name\":\"aoraki_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"aoraki\",\"outputs\":[{\"internalType\":\"contractAoraki\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"calls\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastError\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"onTaskFulfilled\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ReentrantCallback",
	Bin: "0x60a034606b57601f61036138819003918201601f19168301916001600160401b03831184841017606f57808492602094604052833981010312606b57516001600160a01b0381168103606b576080526040516102dd90816100848239608051818181607c015260dd0152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe608080604052600436101561001c575b50361561001a575f80fd5b005b5f905f3560e01c90816329f0de3f1461026957508063305f72b71461024c5780639c68b9a6146100a35763a74067a70361000f57346100a057806003193601126100a057602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b80fd5b503461023457606036600319011261023457600154600181018091116102385760015573ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016803b15610234575f80916004604051809481937f3ccfd60b0000000000000000000000000000000000000000000000000000000083525af1908161021f575b50610211573d1561020a573d67ffffffffffffffff81116101f6576040519061016f601f8201601f1916602001836102a7565b81523d82602083013e5b602081519101517fffffffff00000000000000000000000000000000000000000000000000000000811691600481106101c1575b505060e01c63ffffffff1982541617815580f35b7fffffffff000000000000000000000000000000000000000000000000000000009250829060040360031b1b16165f806101ad565b602482634e487b7160e01b81526041600452fd5b6060610179565b805463ffffffff1916815580f35b61022c9192505f906102a7565b5f905f61013c565b5f80fd5b634e487b7160e01b5f52601160045260245ffd5b34610234575f366003190112610234576020600154604051908152f35b34610234575f366003190112610234576020907fffffffff000000000000000000000000000000000000000000000000000000005f5460e01b168152f35b90601f8019910116810190811067ffffffffffffffff8211176102c957604052565b634e487b7160e01b5f52604160045260245ffd",
}

// ReentrantCallback is an auto generated Go binding around an Ethereum contract.
type ReentrantCallback struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantCallback) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantCallback creates a new instance of ReentrantCallback.
func NewReentrantCallback() *ReentrantCallback {
	parsed, err := ReentrantCallbackMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantCallback{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantCallback) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address aoraki_) returns()
func (reentrantCallback *ReentrantCallback) PackConstructor(aoraki_ common.Address) []byte {
	enc, err := reentrantCallback.abi.Pack("", aoraki_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAoraki is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa74067a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aoraki() view returns(address)
func (reentrantCallback *ReentrantCallback) PackAoraki() []byte {
	enc, err := reentrantCallback.abi.Pack("aoraki")
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
func (reentrantCallback *ReentrantCallback) TryPackAoraki() ([]byte, error) {
	return reentrantCallback.abi.Pack("aoraki")
}

// UnpackAoraki is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa74067a7.
//
// Solidity: function aoraki() view returns(address)
func (reentrantCallback *ReentrantCallback) UnpackAoraki(data []byte) (common.Address, error) {
	out, err := reentrantCallback.abi.Unpack("aoraki", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calls() view returns(uint256)
func (reentrantCallback *ReentrantCallback) PackCalls() []byte {
	enc, err := reentrantCallback.abi.Pack("calls")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calls() view returns(uint256)
func (reentrantCallback *ReentrantCallback) TryPackCalls() ([]byte, error) {
	return reentrantCallback.abi.Pack("calls")
}

// UnpackCalls is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x305f72b7.
//
// Solidity: function calls() view returns(uint256)
func (reentrantCallback *ReentrantCallback) UnpackCalls(data []byte) (*big.Int, error) {
	out, err := reentrantCallback.abi.Unpack("calls", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLastError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29f0de3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastError() view returns(bytes4)
func (reentrantCallback *ReentrantCallback) PackLastError() []byte {
	enc, err := reentrantCallback.abi.Pack("lastError")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29f0de3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastError() view returns(bytes4)
func (reentrantCallback *ReentrantCallback) TryPackLastError() ([]byte, error) {
	return reentrantCallback.abi.Pack("lastError")
}

// UnpackLastError is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29f0de3f.
//
// Solidity: function lastError() view returns(bytes4)
func (reentrantCallback *ReentrantCallback) UnpackLastError(data []byte) ([4]byte, error) {
	out, err := reentrantCallback.abi.Unpack("lastError", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackOnTaskFulfilled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c68b9a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onTaskFulfilled(bytes32 , bytes32 , bytes32 ) returns()
func (reentrantCallback *ReentrantCallback) PackOnTaskFulfilled(arg0 [32]byte, arg1 [32]byte, arg2 [32]byte) []byte {
	enc, err := reentrantCallback.abi.Pack("onTaskFulfilled", arg0, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnTaskFulfilled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9c68b9a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onTaskFulfilled(bytes32 , bytes32 , bytes32 ) returns()
func (reentrantCallback *ReentrantCallback) TryPackOnTaskFulfilled(arg0 [32]byte, arg1 [32]byte, arg2 [32]byte) ([]byte, error) {
	return reentrantCallback.abi.Pack("onTaskFulfilled", arg0, arg1, arg2)
}
