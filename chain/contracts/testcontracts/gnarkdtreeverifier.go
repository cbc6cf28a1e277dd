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

// GnarkDtreeVerifierMetaData contains all meta data concerning the GnarkDtreeVerifier contract.
var GnarkDtreeVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"CommitmentInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"compressedCommitments\",\"type\":\"uint256[1]\"},{\"internalType\":\"uint256\",\"name\":\"compressedCommitmentPok\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"compressedCommitments\",\"type\":\"uint256[1]\"},{\"internalType\":\"uint256\",\"name\":\"compressedCommitmentPok\",\"type\":\"uint256\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[3]\",\"name\":\"input\",\"type\":\"uint256[3]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "GnarkDtreeVerifier",
	Bin: "0x6080806040523460155761178b908161001a8239f35b5f80fdfe60806040526004361015610011575f80fd5b5f3560e01c80630ea14a3914610ed057806330bb0bd91461074f5763f219ed6f1461003a575f80fd5b3461074b57608036600319011261074b5760043567ffffffffffffffff811161074b5761006b903690600401611005565b3660841161074b576100806101808214611082565b604090815161008f8382611033565b82368237610100840192808483376020938151936100ad8686611033565b853686376101401161074b577f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000182518681019084848337610105816100f7606082015f81526110e7565b03601f198101835282611033565b5190200684528180519182377e2b6a60079fa824e41deae670e4678ca479f5fb3c2cbc163aa0919bdd7305be828201527f258f160d13e30fbfc9dd9db0f53c02981e7fd298ea4a60ef189c926ffb59282e60608201527f1ca83b706ef71396cc4ec447c3cfef1494fdbf41ee178022119bde8889b5b5af60808201527f18d6ccd745d1c0e9550bd991dcca19d54f8e3079912433f2fa5cbad81f60f9c860a082015281610140870160c08301377f0fd812d832686a236229fbc737b3eeddf8050aa5689add35b45564259a823cb66101008201527f093495dea66e8f44f7ec86728611fbf5d16294b813aade210c76a4c02ab756f96101208201527f17276191d65a39fb242dd30a3c6a575aaa2d85410b08441985d05e1cedb6d3ee6101408201527f16abc58d5cb79c2a72a080028304be3f9e74b71bf4e83984d6fa81fba0b493c261016082015284816101808160085afa90511615610723578051928184017f2ac7cd1a99a4e835a19ca73f737be9046845ea058eaffd1857c597d76ef6c79785527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018387808801967f1753ce7a6748f103d855533902adbc0c9039168bdbaf5b06bbd3bc877709e38888528051855201519260608801938452818860808160065afa947f195b1b5b4a35edea675daa1783a941aab57f961635ba2538662b4396698348f682527f17165c9d067209a68fa53ad562869ea99410299c16232cf9d9e9aca81293129985527f27fae223a1e561d6242acc000f1980faaabcca42662bab970b7f752c8b78f893600160243560808c0198818a5287878760608160075afa92101616858c60808160065afa16167f2bf7d98847cd90eaaa6d0a2969b226a87fe24d27b3723382aa1c538e0d78572284527f11dfc6db3a49daf17b475eaf8ee7cbca0ca3022a6b7ef459fb08ae3fb7a6e4e587526044359081895286868660608160075afa92101616848b60808160065afa167f2c3407a2f3cb10e700b6a2a6cefcd2733c3484b2396f25a26305d0ed26aef4d284527f04c47a96922045986c25e5a5a129d743db71cb2c6e59e0f00b455077d883340a87526064359081895286868660608160075afa92101616848b60808160065afa16957f285b3cd0b377b53737b85cc07fe966616597f1d2cb0adef0ff2a5c2e34525c7b8452525180955260608160075afa92101616818460808160065afa169251915192156106fb5761010090519485377f01b1f0b8b522cb4de6f89005f455973764dc8f75f37caba641576a61229185c76101008501527f243496061fb5a5cf7d2c5f055f2d0d0ee18a6690942e9543032ee77dd6c02aec6101208501527f1c467d29a7b3b9be756b89fdd0feb646e0e59bde8c295818087dd662133437696101408501527f0b9fee8aaf3b2379fe27df2d8be0f45307fa564e42554c8a96c6d4a6da000f936101608501527f1dd23c48d80286f46e6aeae72784a8a9ad16bdec94a6bda6c13ee017a5fdc8cf6101808501527f085ca9baded9c2cc93ec07a847a75716a1029e8b149c8793185dce06d3bae29f6101a08501527f2a0cc5b93cfba887b1118666e6f958360b376ebc2cf808be288cdf1f1891f9566101c08501527f1a4a73ed09c0c91d628c70804ccd524b9b98ff7d429d01efee122724b5ad39ea6101e08501527f0af5a525595e665f79ae2ddf0e09aa3fa656592f5c3c1c9d831cdf54e793c3706102008501527f2f9f772f9d21571877d3b73220db4a36b92018a844ca81e6315df3bac8c5781d6102208501526102408401526102608301527f129c0c606696d7f9c43cf7d5241ce98b30dd01da31d6efa9073626671d65ccb06102808301527f2c5e0d40859dfcd74086837cf13716310247c58f531efb3f622ea00ff5d1e3066102a08301527f27929d4c1c0bfe61ad3a5cee76fe2608c1720ebc9735c31eea1c4ff563b6a2a26102c08301527f2a128ecf68dee69c6aed6acc71e879bee1c9cad255b1d32178a1cbdde1121bfe6102e0830152816103008160085afa905116156106d357005b7f7fcdd1f4000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fa54f8e27000000000000000000000000000000000000000000000000000000005f5260045ffd5b7fa3a93fee000000000000000000000000000000000000000000000000000000005f5260045ffd5b5f80fd5b3461074b5761012036600319011261074b573660841161074b573660a41161074b57366101241161074b5760405160206107898183611033565b80368337604080519061079c8183611033565b80368337610300938151926107b18685611033565b853685376107c06084356113e7565b8683015281526107d160a4356113e7565b907f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018351888501518751908a820192835288820152610816816100f7606082016110e7565b5190200684528251865286830151878701527e2b6a60079fa824e41deae670e4678ca479f5fb3c2cbc163aa0919bdd7305be858701527f258f160d13e30fbfc9dd9db0f53c02981e7fd298ea4a60ef189c926ffb59282e60608701527f1ca83b706ef71396cc4ec447c3cfef1494fdbf41ee178022119bde8889b5b5af60808701527f18d6ccd745d1c0e9550bd991dcca19d54f8e3079912433f2fa5cbad81f60f9c860a087015260c086015260e08501527f0fd812d832686a236229fbc737b3eeddf8050aa5689add35b45564259a823cb66101008501527f093495dea66e8f44f7ec86728611fbf5d16294b813aade210c76a4c02ab756f96101208501527f17276191d65a39fb242dd30a3c6a575aaa2d85410b08441985d05e1cedb6d3ee6101408501527f16abc58d5cb79c2a72a080028304be3f9e74b71bf4e83984d6fa81fba0b493c2610160850152825185816101808760085afa905116156107235784906109856004356113e7565b610996602495929535604435611452565b92919093896109a66064356113e7565b9890977f27fae223a1e561d6242acc000f1980faaabcca42662bab970b7f752c8b78f89383519b8c937f2ac7cd1a99a4e835a19ca73f737be9046845ea058eaffd1857c597d76ef6c79785527f1753ce7a6748f103d855533902adbc0c9039168bdbaf5b06bbd3bc877709e388828601528051868601520151606084019081527f285b3cd0b377b53737b85cc07fe966616597f1d2cb0adef0ff2a5c2e34525c7b858560808160065afa957f195b1b5b4a35edea675daa1783a941aab57f961635ba2538662b4396698348f6818701527f17165c9d067209a68fa53ad562869ea99410299c16232cf9d9e9aca8129312998352600160c4356080880198818a527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000184808b016060828d0160075afa92101616828860808160065afa16167f2bf7d98847cd90eaaa6d0a2969b226a87fe24d27b3723382aa1c538e0d785722828801527f11dfc6db3a49daf17b475eaf8ee7cbca0ca3022a6b7ef459fb08ae3fb7a6e4e5845260e435908189527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000183808a016060828c0160075afa92101616818760808160065afa167f2c3407a2f3cb10e700b6a2a6cefcd2733c3484b2396f25a26305d0ed26aef4d2828801527f04c47a96922045986c25e5a5a129d743db71cb2c6e59e0f00b455077d883340a845261010435908189527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000183808a016060828c0160075afa92101616818760808160065afa1695015252518092527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018c8b606082808301920160075afa921016168a8960808160065afa16988c895199015199156106fb578b528b8b0152888a01526060890152608088015260a087015260c086015260e08501527f01b1f0b8b522cb4de6f89005f455973764dc8f75f37caba641576a61229185c76101008501527f243496061fb5a5cf7d2c5f055f2d0d0ee18a6690942e9543032ee77dd6c02aec6101208501527f1c467d29a7b3b9be756b89fdd0feb646e0e59bde8c295818087dd662133437696101408501527f0b9fee8aaf3b2379fe27df2d8be0f45307fa564e42554c8a96c6d4a6da000f936101608501527f1dd23c48d80286f46e6aeae72784a8a9ad16bdec94a6bda6c13ee017a5fdc8cf6101808501527f085ca9baded9c2cc93ec07a847a75716a1029e8b149c8793185dce06d3bae29f6101a08501527f2a0cc5b93cfba887b1118666e6f958360b376ebc2cf808be288cdf1f1891f9566101c08501527f1a4a73ed09c0c91d628c70804ccd524b9b98ff7d429d01efee122724b5ad39ea6101e08501527f0af5a525595e665f79ae2ddf0e09aa3fa656592f5c3c1c9d831cdf54e793c3706102008501527f2f9f772f9d21571877d3b73220db4a36b92018a844ca81e6315df3bac8c5781d6102208501526102408401526102608301527f129c0c606696d7f9c43cf7d5241ce98b30dd01da31d6efa9073626671d65ccb06102808301527f2c5e0d40859dfcd74086837cf13716310247c58f531efb3f622ea00ff5d1e3066102a08301527f27929d4c1c0bfe61ad3a5cee76fe2608c1720ebc9735c31eea1c4ff563b6a2a26102c08301527f2a128ecf68dee69c6aed6acc71e879bee1c9cad255b1d32178a1cbdde1121bfe6102e083015251928391610eab8484611033565b8336843760085afa15908115610ec3575b506106d357005b6001915051141581610ebc565b3461074b57602036600319011261074b5760043567ffffffffffffffff811161074b57610f01903690600401611005565b90608060405191610f128284611033565b81368437610fac602091610f3a61018060405197610f30868a611033565b85368a3714611082565b610f48838201358235611112565b8552610f658482013560a0830135604084013560608501356111b3565b848701526040860152610f8060e082013560c0830135611112565b6060860152610f99610120820135610100830135611112565b8652610140610160820135910135611112565b9160405193845f905b60048210610fef57505050830193905f945b60018610610fda5760c0858560a0820152f35b81806001928551815201930195019491610fc7565b8251815291840191600191909101908401610fb5565b9181601f8401121561074b5782359167ffffffffffffffff831161074b576020838186019501011161074b57565b90601f8019910116810190811067ffffffffffffffff82111761105557604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b1561108957565b60646040517f08c379a000000000000000000000000000000000000000000000000000000000815260206004820152601460248201527f696e76616c69642070726f6f66206c656e6774680000000000000000000000006044820152fd5b6060516080905f5b8181106110fc5750505090565b82518452602093840193909201916001016110ef565b905f51602061176b5f395f51905f52821080159061119c575b6106d357811580611194575b61118e5761115b5f51602061176b5f395f51905f526003818581818009090861158b565b81810361116a57505060011b90565b5f51602061176b5f395f51905f52809106810306145f146106d357600190811b1790565b50505f90565b508015611137565b505f51602061176b5f395f51905f5281101561112b565b919093925f51602061176b5f395f51905f5283108015906113d0575b80156113b9575b80156113a2575b6106d3578082868517171715611397579082916112fa5f51602061176b5f395f51905f5280808080888180808f9d7f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd448f839290839109099d8e0981848181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089a09818c8181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306945f51602061176b5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea4816112d481808b8009818780090861158b565b8408095f51602061176b5f395f51905f526112ee82611702565b800914159586916115ae565b92908082148061138e575b1561132c5750505050905f146113245760ff60025b169060021b179190565b60ff5f61131a565b5f51602061176b5f395f51905f5280910681030614918261136f575b5050156106d357600191156113675760ff60025b169060021b17179190565b60ff5f61135c565b5f51602061176b5f395f51905f52919250819006810306145f80611348565b50838314611305565b50505090505f905f90565b505f51602061176b5f395f51905f528110156111dd565b505f51602061176b5f395f51905f528210156111d6565b505f51602061176b5f395f51905f528510156111cf565b801561144b578060011c915f51602061176b5f395f51905f528310156106d35760018061142a5f51602061176b5f395f51905f526003818881818009090861158b565b93161461143357565b905f51602061176b5f395f51905f5280910681030690565b505f905f90565b801580611583575b611577578060021c92825f51602061176b5f395f51905f528510801590611560575b6106d35784815f51602061176b5f395f51905f5280808080808080807f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd448161152a9d8d0909998a0981898181800909087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e7750806810306936002808a16149509818a8181800909087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5086115ae565b8092916001808296161461153c575050565b5f51602061176b5f395f51905f528093945080929550809106810306930681030690565b505f51602061176b5f395f51905f5281101561147c565b50505f905f905f905f90565b50811561145a565b9061159582611702565b915f51602061176b5f395f51905f52838009036106d357565b915f51602061176b5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea481611606939694966115f882808a8009818a80090861158b565b906116f6575b86080961158b565b925f51602061176b5f395f51905f52600285096040519060208252602080830152602060408301528060608301527f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4560808301525f51602061176b5f395f51905f5260a083015260208260c08160055afa915191156106d3575f51602061176b5f395f51905f528260019209036106d3575f51602061176b5f395f51905f52908209925f51602061176b5f395f51905f5280808087800906810306818780090814908115916116d7575b506106d357565b90505f51602061176b5f395f51905f528084860960020914155f6116d0565b818091068103066115fe565b9060405191602083526020808401526020604084015260608301527f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5260808301525f51602061176b5f395f51905f5260a083015260208260c08160055afa915191156106d35756fe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// GnarkDtreeVerifier is an auto generated Go binding around an Ethereum contract.
type GnarkDtreeVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *GnarkDtreeVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewGnarkDtreeVerifier creates a new instance of GnarkDtreeVerifier.
func NewGnarkDtreeVerifier() *GnarkDtreeVerifier {
	parsed, err := GnarkDtreeVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &GnarkDtreeVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *GnarkDtreeVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (gnarkDtreeVerifier *GnarkDtreeVerifier) PackCompressProof(proof []byte) []byte {
	enc, err := gnarkDtreeVerifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (gnarkDtreeVerifier *GnarkDtreeVerifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return gnarkDtreeVerifier.abi.Pack("compressProof", proof)
}

// CompressProofOutput serves as a container for the return parameters of contract
// method CompressProof.
type CompressProofOutput struct {
	Compressed              [4]*big.Int
	CompressedCommitments   [1]*big.Int
	CompressedCommitmentPok *big.Int
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed, uint256[1] compressedCommitments, uint256 compressedCommitmentPok)
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackCompressProof(data []byte) (CompressProofOutput, error) {
	out, err := gnarkDtreeVerifier.abi.Unpack("compressProof", data)
	outstruct := new(CompressProofOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Compressed = *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	outstruct.CompressedCommitments = *abi.ConvertType(out[1], new([1]*big.Int)).(*[1]*big.Int)
	outstruct.CompressedCommitmentPok = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30bb0bd9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[3] input) view returns()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [3]*big.Int) []byte {
	enc, err := gnarkDtreeVerifier.abi.Pack("verifyCompressedProof", compressedProof, compressedCommitments, compressedCommitmentPok, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30bb0bd9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] compressedCommitments, uint256 compressedCommitmentPok, uint256[3] input) view returns()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, compressedCommitments [1]*big.Int, compressedCommitmentPok *big.Int, input [3]*big.Int) ([]byte, error) {
	return gnarkDtreeVerifier.abi.Pack("verifyCompressedProof", compressedProof, compressedCommitments, compressedCommitmentPok, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf219ed6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[3] input) view returns()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) PackVerifyProof(proof []byte, input [3]*big.Int) []byte {
	enc, err := gnarkDtreeVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf219ed6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[3] input) view returns()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) TryPackVerifyProof(proof []byte, input [3]*big.Int) ([]byte, error) {
	return gnarkDtreeVerifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gnarkDtreeVerifier.abi.Errors["CommitmentInvalid"].ID.Bytes()[:4]) {
		return gnarkDtreeVerifier.UnpackCommitmentInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], gnarkDtreeVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return gnarkDtreeVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], gnarkDtreeVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return gnarkDtreeVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GnarkDtreeVerifierCommitmentInvalid represents a CommitmentInvalid error raised by the GnarkDtreeVerifier contract.
type GnarkDtreeVerifierCommitmentInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CommitmentInvalid()
func GnarkDtreeVerifierCommitmentInvalidErrorID() common.Hash {
	return common.HexToHash("0xa3a93fee56dfcbe3c39f5ec63c6730967db3a2793a813cf79d599fdf35d8f518")
}

// UnpackCommitmentInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CommitmentInvalid()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackCommitmentInvalidError(raw []byte) (*GnarkDtreeVerifierCommitmentInvalid, error) {
	out := new(GnarkDtreeVerifierCommitmentInvalid)
	if err := gnarkDtreeVerifier.abi.UnpackIntoInterface(out, "CommitmentInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GnarkDtreeVerifierProofInvalid represents a ProofInvalid error raised by the GnarkDtreeVerifier contract.
type GnarkDtreeVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func GnarkDtreeVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackProofInvalidError(raw []byte) (*GnarkDtreeVerifierProofInvalid, error) {
	out := new(GnarkDtreeVerifierProofInvalid)
	if err := gnarkDtreeVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GnarkDtreeVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the GnarkDtreeVerifier contract.
type GnarkDtreeVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func GnarkDtreeVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (gnarkDtreeVerifier *GnarkDtreeVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*GnarkDtreeVerifierPublicInputNotInField, error) {
	out := new(GnarkDtreeVerifierPublicInputNotInField)
	if err := gnarkDtreeVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
