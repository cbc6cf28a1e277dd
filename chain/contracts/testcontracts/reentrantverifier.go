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

// ReentrantVerifierMetaData contains all meta data concerning the ReentrantVerifier contract.
var ReentrantVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractAoraki\",\"name\":\"aoraki_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"aoraki\",\"outputs\":[{\"internalType\":\"contractAoraki\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastError\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"taskId\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"name\":\"verifyReceipt\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ReentrantVerifier",
	Bin: "0x60a034606c57601f61034f38819003918201601f19168301916001600160401b03831184841017607057808492602094604052833981010312606c57516001600160a01b0381168103606c576080526040516102ca90816100858239608051818181606601526101a40152f35b5f80fd5b634e487b7160e01b5f52604160045260245ffdfe60806040526004361015610011575f80fd5b5f3560e01c80631cde29ca146100b757806329f0de3f1461008e5763a74067a71461003a575f80fd5b3461008a575f36600319011261008a57602060405173ffffffffffffffffffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b3461008a575f36600319011261008a5760205f5460e01b6001600160e01b031960405191168152f35b3461008a57606036600319011261008a5760443567ffffffffffffffff811161008a573660238201121561008a57806004013567ffffffffffffffff811161008a573691016024011161008a57602061011160043561018b565b6040519015158152f35b90601f8019910116810190811067ffffffffffffffff82111761013d57604052565b634e487b7160e01b5f52604160045260245ffd5b90602082519201516001600160e01b031981169260048110610171575050565b6001600160e01b0319929350829060040360031b1b161690565b5f9073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690813b1561008a575f916024839260405194859384927f7249fbb600000000000000000000000000000000000000000000000000000000845260048401525af190816102b5575b506102b2573d15610295573d9067ffffffffffffffff82116102815761027c63558a1e0360e11b926001600160e01b031992604051916102556020601f19601f840116018461011b565b82523d81602084013e5b61026882610151565b60e01c63ffffffff19825416179055610151565b161490565b80634e487b7160e01b602492526041600452fd5b6001600160e01b031961027c63558a1e0360e11b9260609061025f565b90565b6102c29192505f9061011b565b5f905f61020b56",
}

// ReentrantVerifier is an auto generated Go binding around an Ethereum contract.
type ReentrantVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantVerifier creates a new instance of ReentrantVerifier.
func NewReentrantVerifier() *ReentrantVerifier {
	parsed, err := ReentrantVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address aoraki_) returns()
func (reentrantVerifier *ReentrantVerifier) PackConstructor(aoraki_ common.Address) []byte {
	enc, err := reentrantVerifier.abi.Pack("", aoraki_)
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
func (reentrantVerifier *ReentrantVerifier) PackAoraki() []byte {
	enc, err := reentrantVerifier.abi.Pack("aoraki")
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
func (reentrantVerifier *ReentrantVerifier) TryPackAoraki() ([]byte, error) {
	return reentrantVerifier.abi.Pack("aoraki")
}

// UnpackAoraki is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa74067a7.
//
// Solidity: function aoraki() view returns(address)
func (reentrantVerifier *ReentrantVerifier) UnpackAoraki(data []byte) (common.Address, error) {
	out, err := reentrantVerifier.abi.Unpack("aoraki", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLastError is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x29f0de3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastError() view returns(bytes4)
func (reentrantVerifier *ReentrantVerifier) PackLastError() []byte {
	enc, err := reentrantVerifier.abi.Pack("lastError")
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
func (reentrantVerifier *ReentrantVerifier) TryPackLastError() ([]byte, error) {
	return reentrantVerifier.abi.Pack("lastError")
}

// UnpackLastError is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x29f0de3f.
//
// Solidity: function lastError() view returns(bytes4)
func (reentrantVerifier *ReentrantVerifier) UnpackLastError(data []byte) ([4]byte, error) {
	out, err := reentrantVerifier.abi.Unpack("lastError", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackVerifyReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cde29ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyReceipt(bytes32 taskId, bytes32 , bytes ) returns(bool)
func (reentrantVerifier *ReentrantVerifier) PackVerifyReceipt(taskId [32]byte, arg1 [32]byte, arg2 []byte) []byte {
	enc, err := reentrantVerifier.abi.Pack("verifyReceipt", taskId, arg1, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyReceipt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cde29ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyReceipt(bytes32 taskId, bytes32 , bytes ) returns(bool)
func (reentrantVerifier *ReentrantVerifier) TryPackVerifyReceipt(taskId [32]byte, arg1 [32]byte, arg2 []byte) ([]byte, error) {
	return reentrantVerifier.abi.Pack("verifyReceipt", taskId, arg1, arg2)
}

// UnpackVerifyReceipt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cde29ca.
//
// Solidity: function verifyReceipt(bytes32 taskId, bytes32 , bytes ) returns(bool)
func (reentrantVerifier *ReentrantVerifier) UnpackVerifyReceipt(data []byte) (bool, error) {
	out, err := reentrantVerifier.abi.Unpack("verifyReceipt", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}
