<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AnalysisTab</name>
        <message>
            <source>Layer</source>
            <extracomment>Measures a project's training speed here (the training process's ``measure``).</extracomment>
            <translation>Couche</translation>
        </message>
        <message>
            <source>Output shape</source>
            <translation>Forme de sortie</translation>
        </message>
        <message>
            <source>Outputs per example</source>
            <translation>Sorties par exemple</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Memory for training</source>
            <translation>Mémoire pour l'entraînement</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({error}).</source>
            <translation>Une erreur inattendue s'est produite ({error}).</translation>
        </message>
        <message>
            <source>Each layer's outputs, parameters and memory</source>
            <extracomment>(text) the expected training time for the summary line, or "" when not measured. The last measurement and the settings it was made with.</extracomment>
            <translation>Sorties, paramètres et mémoire de chaque couche</translation>
        </message>
        <message>
            <source>One row per layer: its output shape, the numbers it outputs for one example, its parameters and the memory training needs</source>
            <translation>Une ligne par couche : sa forme de sortie, les nombres qu'elle produit pour un exemple, ses paramètres et la mémoire nécessaire à l'entraînement</translation>
        </message>
        <message>
            <source>Measure the time on this computer</source>
            <translation>Mesurer le temps sur cet ordinateur</translation>
        </message>
        <message>
            <source>Train for a few seconds in the training process and time the steps, to tell how long an epoch and the whole run will take here</source>
            <translation>Entraîner quelques secondes dans le processus d'entraînement et chronométrer les pas, pour savoir combien de temps prendront ici une époque et l'essai entier</translation>
        </message>
        <message>
            <source>{params} parameters in all; training in batches of {batch_size} needs about {memory}.</source>
            <translation>{params} paramètres en tout ; l'entraînement par lots de {batch_size} a besoin d'environ {memory}.</translation>
        </message>
        <message numerus="yes">
            <source>The memory counts the weights, their gradients and %n number(s) per weight for the optimizer, and every output kept for learning, in 4-byte numbers; TensorFlow itself needs more.</source>
            <translation>
                <numerusform>La mémoire compte les poids, leurs gradients et %n nombre par poids pour l'optimiseur, ainsi que chaque sortie gardée pour l'apprentissage, en nombres de 4 octets ; TensorFlow lui-même a besoin de plus.</numerusform>
                <numerusform>La mémoire compte les poids, leurs gradients et %n nombres par poids pour l'optimiseur, ainsi que chaque sortie gardée pour l'apprentissage, en nombres de 4 octets ; TensorFlow lui-même a besoin de plus.</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed since it was measured: measure again.</source>
            <translation>Modifié depuis la mesure : mesure à nouveau.</translation>
        </message>
        <message numerus="yes">
            <source>{count} step(s)</source>
            <translation>
                <numerusform>{count} pas</numerusform>
                <numerusform>{count} pas</numerusform>
            </translation>
        </message>
        <message>
            <source>Measured here: {step} a step, so about &lt;b&gt;{epoch} an epoch&lt;/b&gt; of {steps} and &lt;b&gt;{whole} for {epochs} epochs&lt;/b&gt; (starting up: {start}).</source>
            <translation>Mesuré ici : {step} par pas, donc environ &lt;b&gt;{epoch} par époque&lt;/b&gt; de {steps} et &lt;b&gt;{whole} pour {epochs} époques&lt;/b&gt; (démarrage : {start}).</translation>
        </message>
        <message>
            <source>about {duration} to train here</source>
            <translation>environ {duration} d'entraînement ici</translation>
        </message>
        <message>
            <source>Measuring: a short run in the training process…</source>
            <translation>Mesure en cours : un court essai dans le processus d'entraînement…</translation>
        </message>
        <message>
            <source>Could not measure: {error}</source>
            <translation>Mesure impossible : {error}</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <extracomment>argparse's own words that a student meets (Python's, in English only): usage, the headings, the -h help and the refusals of a wrong command line.</extracomment>
            <translation>utilisation : </translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>arguments positionnels</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>afficher ce message d'aide et quitter</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s : erreur : %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s : %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>les arguments suivants sont obligatoires : %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>choix invalide : %(value)r (choisis parmi %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valeur %(type)s invalide : %(value)r</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>arguments non reconnus : %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>un argument attendu</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>au moins un argument attendu</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>au plus un argument attendu</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>option ambiguë : %(option)s pourrait correspondre à %(matches)s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>l'un des arguments %s est obligatoire</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>non autorisé avec l'argument %s</translation>
        </message>
    </context>
    <context>
        <name>AtomicWrite</name>
        <message>
            <source>Could not write to the folder {folder}: {error}.</source>
            <extracomment>A temporary file this much older than its last write belongs to no save still running: a save writes its temporary file in one go, then renames it, within seconds.</extracomment>
            <translation>Impossible d'écrire dans le dossier {folder} : {error}.</translation>
        </message>
        <message>
            <source>Could not save {path}: {error}.</source>
            <translation>Impossible d'enregistrer {path} : {error}.</translation>
        </message>
    </context>
    <context>
        <name>Captions</name>
        <message>
            <source>Layer {number} ({kind})</source>
            <extracomment>{kind} is the layer's Keras name ("Dense", "Conv2D").</extracomment>
            <translation>Couche {number} ({kind})</translation>
        </message>
        <message numerus="yes">
            <source>Layer {number} ({kind}, %n neuron(s))</source>
            <translation>
                <numerusform>Couche {number} ({kind}, %n neurone)</numerusform>
                <numerusform>Couche {number} ({kind}, %n neurones)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <extracomment>A part of a layer's summary in the layer stack ("128 units, ReLU").</extracomment>
            <translation>
                <numerusform>%n neurone</numerusform>
                <numerusform>%n neurones</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} units</source>
            <translation>{value} neurones</translation>
        </message>
        <message numerus="yes">
            <source>%n filter(s)</source>
            <translation>
                <numerusform>%n filtre</numerusform>
                <numerusform>%n filtres</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} filters</source>
            <translation>{value} filtres</translation>
        </message>
        <message>
            <source>shape from the data</source>
            <translation>forme tirée des données</translation>
        </message>
        <message>
            <source>shape {dims}</source>
            <translation>forme {dims}</translation>
        </message>
        <message>
            <source>to {dims}</source>
            <extracomment>A Reshape layer's summary: the shape it makes ("to 28×28×1").</extracomment>
            <translation>vers {dims}</translation>
        </message>
        <message>
            <source>{size} window</source>
            <extracomment>{size} is the window's width and height ("3×3").</extracomment>
            <translation>fenêtre {size}</translation>
        </message>
        <message>
            <source>stride {value}</source>
            <translation>pas {value}</translation>
        </message>
        <message>
            <source>same padding</source>
            <extracomment>'same' is the Keras name of this padding, which pads the edges with zeros.</extracomment>
            <translation>remplissage 'same'</translation>
        </message>
        <message>
            <source>rate {value}</source>
            <translation>taux {value}</translation>
        </message>
        <message>
            <source>momentum {value}</source>
            <translation>momentum {value}</translation>
        </message>
        <message>
            <source>every step</source>
            <extracomment>A recurrent layer that outputs one vector for every time step.</extracomment>
            <translation>à chaque pas de temps</translation>
        </message>
        <message>
            <source>no settings</source>
            <translation>aucun réglage</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Perte</translation>
        </message>
        <message>
            <source>test {metric} {value:.4f}</source>
            <extracomment>One number of the final test: "test loss 0.0837", "test binary accuracy 1.0000".</extracomment>
            <translation>{metric} de test {value:.4f}</translation>
        </message>
    </context>
    <context>
        <name>Catalog</name>
        <message>
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <source>Passes positive values through unchanged and turns negative values into 0; simple, fast and the usual choice for hidden layers.</source>
            <translation>Laisse passer les valeurs positives sans les changer et transforme les valeurs négatives en 0 ; simple, rapide, c'est le choix habituel pour les couches cachées.</translation>
        </message>
        <message>
            <source>Sigmoid</source>
            <translation>Sigmoid</translation>
        </message>
        <message>
            <source>Squashes any number into the range 0 to 1, so a single output unit can say how likely the answer is 'yes'.</source>
            <translation>Écrase n'importe quel nombre dans l'intervalle de 0 à 1 : un seul neurone de sortie peut ainsi dire à quel point la réponse « oui » est probable.</translation>
        </message>
        <message>
            <source>Tanh</source>
            <translation>Tanh</translation>
        </message>
        <message>
            <source>Squashes any number into the range -1 to 1, centred on 0; a classic choice for hidden layers.</source>
            <translation>Écrase n'importe quel nombre dans l'intervalle de -1 à 1, centré sur 0 ; un choix classique pour les couches cachées.</translation>
        </message>
        <message>
            <source>Softmax</source>
            <translation>Softmax</translation>
        </message>
        <message>
            <source>Turns the layer's outputs into probabilities that are all positive and sum to 1, one per class, so the biggest one is the network's answer.</source>
            <translation>Transforme les sorties de la couche en probabilités toutes positives et de somme 1, une par classe : la plus grande est la réponse du réseau.</translation>
        </message>
        <message>
            <source>Linear (none)</source>
            <extracomment>Short captions drop the note in brackets ("Activation: Linear"), so keep the note last, in brackets.</extracomment>
            <translation>Linéaire (aucune)</translation>
        </message>
        <message>
            <source>Leaves the numbers as they are: no activation at all.</source>
            <translation>Laisse les nombres tels quels : pas d'activation du tout.</translation>
        </message>
        <message>
            <source>ELU</source>
            <translation>ELU</translation>
        </message>
        <message>
            <source>Like ReLU for positive values, but negative values curve smoothly down towards -1 instead of stopping at 0.</source>
            <translation>Comme ReLU pour les valeurs positives, mais les valeurs négatives descendent en douceur vers -1 au lieu de s'arrêter à 0.</translation>
        </message>
        <message>
            <source>SELU</source>
            <translation>SELU</translation>
        </message>
        <message>
            <source>A scaled ELU that keeps the signal's mean and spread steady through many layers (pair it with lecun_normal initialisation).</source>
            <translation>Une ELU mise à l'échelle qui garde stables la moyenne et la dispersion du signal à travers de nombreuses couches (à associer à l'initialisation lecun_normal).</translation>
        </message>
        <message>
            <source>GELU</source>
            <translation>GELU</translation>
        </message>
        <message>
            <source>A smooth version of ReLU that lets small negative values through a little; used in modern language models.</source>
            <translation>Une version lisse de ReLU qui laisse un peu passer les petites valeurs négatives ; utilisée dans les modèles de langage modernes.</translation>
        </message>
        <message>
            <source>Leaky ReLU</source>
            <translation>Leaky ReLU</translation>
        </message>
        <message>
            <source>Like ReLU, but negative values are multiplied by a small number instead of becoming 0, so neurons never go completely silent.</source>
            <translation>Comme ReLU, mais les valeurs négatives sont multipliées par un petit nombre au lieu de devenir 0 : les neurones ne se taisent jamais complètement.</translation>
        </message>
        <message>
            <source>Softplus</source>
            <translation>Softplus</translation>
        </message>
        <message>
            <source>A smooth curve that looks like ReLU but has no sharp corner at 0.</source>
            <translation>Une courbe lisse qui ressemble à ReLU, mais sans angle vif en 0.</translation>
        </message>
        <message>
            <source>Swish</source>
            <translation>Swish</translation>
        </message>
        <message>
            <source>Multiplies a value by its own sigmoid: smooth, and often a little better than ReLU in deep networks.</source>
            <translation>Multiplie une valeur par sa propre sigmoïde : lisse, et souvent un peu meilleure que ReLU dans les réseaux profonds.</translation>
        </message>
        <message>
            <source>Glorot uniform</source>
            <translation>Glorot uniforme</translation>
        </message>
        <message>
            <source>Random starting weights whose spread depends on how many inputs and outputs the layer has; Keras's default and a good match for tanh and sigmoid.</source>
            <translation>Des poids de départ aléatoires dont la dispersion dépend du nombre d'entrées et de sorties de la couche ; le choix par défaut de Keras, bien adapté à tanh et sigmoid.</translation>
        </message>
        <message>
            <source>Glorot normal</source>
            <translation>Glorot normale</translation>
        </message>
        <message>
            <source>Like Glorot uniform, but drawn from a bell curve.</source>
            <translation>Comme Glorot uniforme, mais les poids sont tirés selon une courbe en cloche.</translation>
        </message>
        <message>
            <source>He uniform</source>
            <translation>He uniforme</translation>
        </message>
        <message>
            <source>Random starting weights scaled for ReLU layers, so the signal neither fades nor explodes.</source>
            <translation>Des poids de départ aléatoires adaptés aux couches ReLU, pour que le signal ne s'éteigne pas et n'explose pas non plus.</translation>
        </message>
        <message>
            <source>He normal</source>
            <translation>He normale</translation>
        </message>
        <message>
            <source>Like He uniform, but drawn from a bell curve.</source>
            <translation>Comme He uniforme, mais les poids sont tirés selon une courbe en cloche.</translation>
        </message>
        <message>
            <source>LeCun uniform</source>
            <translation>LeCun uniforme</translation>
        </message>
        <message>
            <source>Random starting weights scaled by the number of inputs only.</source>
            <translation>Des poids de départ aléatoires mis à l'échelle d'après le nombre d'entrées seulement.</translation>
        </message>
        <message>
            <source>LeCun normal</source>
            <translation>LeCun normale</translation>
        </message>
        <message>
            <source>Like LeCun uniform, but drawn from a bell curve; the partner of SELU.</source>
            <translation>Comme LeCun uniforme, mais les poids sont tirés selon une courbe en cloche ; le partenaire de SELU.</translation>
        </message>
        <message>
            <source>Random normal</source>
            <translation>Aléatoire normale</translation>
        </message>
        <message>
            <source>Small random numbers from a bell curve with spread 0.05.</source>
            <translation>De petits nombres aléatoires tirés selon une courbe en cloche de dispersion 0.05.</translation>
        </message>
        <message>
            <source>Random uniform</source>
            <translation>Aléatoire uniforme</translation>
        </message>
        <message>
            <source>Small random numbers between -0.05 and 0.05.</source>
            <translation>De petits nombres aléatoires entre -0.05 et 0.05.</translation>
        </message>
        <message>
            <source>Zeros</source>
            <translation>Zéros</translation>
        </message>
        <message>
            <source>Every weight starts at 0; fine for biases, but a layer of weights that all start equal can never learn different things.</source>
            <translation>Chaque poids commence à 0 ; c'est bien pour les biais, mais une couche dont les poids commencent tous égaux ne peut jamais apprendre des choses différentes.</translation>
        </message>
        <message>
            <source>Ones</source>
            <translation>Uns</translation>
        </message>
        <message>
            <source>Every weight starts at 1.</source>
            <translation>Chaque poids commence à 1.</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Neurones</translation>
        </message>
        <message>
            <source>How many neurons the layer has, which is also how many numbers it outputs.</source>
            <translation>Le nombre de neurones de la couche, qui est aussi le nombre de valeurs qu'elle donne en sortie.</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>Activation</translation>
        </message>
        <message>
            <source>The function each neuron applies to its weighted sum before passing it on.</source>
            <translation>La fonction que chaque neurone applique à sa somme pondérée avant de la transmettre.</translation>
        </message>
        <message>
            <source>Use bias</source>
            <translation>Utiliser un biais</translation>
        </message>
        <message>
            <source>Whether each neuron also learns a bias, a number added to its weighted sum.</source>
            <translation>Si chaque neurone apprend aussi un biais : un nombre ajouté à sa somme pondérée.</translation>
        </message>
        <message>
            <source>Weight initializer</source>
            <translation>Initialisation des poids</translation>
        </message>
        <message>
            <source>How the weights are set before training starts.</source>
            <translation>Comment les poids sont fixés avant le début de l'entraînement.</translation>
        </message>
        <message>
            <source>Bias initializer</source>
            <translation>Initialisation des biais</translation>
        </message>
        <message>
            <source>How the biases are set before training starts.</source>
            <translation>Comment les biais sont fixés avant le début de l'entraînement.</translation>
        </message>
        <message>
            <source>Padding</source>
            <translation>Remplissage</translation>
        </message>
        <message>
            <source>'valid' only looks where the window fits, so the picture shrinks; 'same' pads the edges with zeros so it keeps its size.</source>
            <translation>'valid' ne regarde que là où la fenêtre tient en entier, donc l'image rétrécit ; 'same' complète les bords avec des zéros pour qu'elle garde sa taille.</translation>
        </message>
        <message>
            <source>Return sequences</source>
            <translation>Renvoyer les séquences</translation>
        </message>
        <message>
            <source>Output one vector per time step (to feed another recurrent layer) instead of only the last one.</source>
            <translation>Donner un vecteur par pas de temps (pour alimenter une autre couche récurrente) au lieu du dernier seulement.</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Base</translation>
        </message>
        <message>
            <source>Convolution</source>
            <translation>Convolution</translation>
        </message>
        <message>
            <source>Recurrent</source>
            <translation>Récurrence</translation>
        </message>
        <message>
            <source>Regularisation</source>
            <translation>Régularisation</translation>
        </message>
        <message>
            <source>Input</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Input</translation>
        </message>
        <message>
            <source>Where the data enters the network; its shape is the shape of one example.</source>
            <translation>Là où les données entrent dans le réseau ; sa forme est celle d'un exemple.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Forme</translation>
        </message>
        <message>
            <source>The shape of one example, such as 28, 28 for an MNIST digit or 2 for an XOR row; leave it empty to take it from the data.</source>
            <translation>La forme d'un exemple, comme 28, 28 pour un chiffre MNIST ou 2 pour une ligne de XOR ; laisse vide pour la prendre dans les données.</translation>
        </message>
        <message>
            <source>from the data</source>
            <extracomment>What an empty setting means, shown after "empty means:".</extracomment>
            <translation>d'après les données</translation>
        </message>
        <message>
            <source>Flatten</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Flatten</translation>
        </message>
        <message>
            <source>Lays a picture (or any grid) out as one long row of numbers, so a Dense layer can read it; it learns nothing.</source>
            <translation>Étale une image (ou n'importe quelle grille) en une seule longue rangée de nombres, pour qu'une couche Dense puisse la lire ; elle n'apprend rien.</translation>
        </message>
        <message>
            <source>Dense</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Dense</translation>
        </message>
        <message>
            <source>A fully connected layer: every neuron looks at every input, multiplies each by a weight, adds them up with a bias and applies the activation.</source>
            <translation>Une couche entièrement connectée : chaque neurone regarde toutes les entrées, multiplie chacune par un poids, les additionne avec un biais et applique l'activation.</translation>
        </message>
        <message>
            <source>{label} {units}, {activation}</source>
            <extracomment>A layer's short caption in the network diagram ("Dense 128, ReLU"): {label} is the layer's name, the other names in braces its settings (keep them as they are).</extracomment>
            <translation>{label} {units}, {activation}</translation>
        </message>
        <message>
            <source>Applies an activation function on its own, as a separate step.</source>
            <translation>Applique une fonction d'activation toute seule, comme une étape à part.</translation>
        </message>
        <message>
            <source>{label}: {activation}</source>
            <extracomment>A layer's short caption in the network diagram; keep the names in braces.</extracomment>
            <translation>{label} : {activation}</translation>
        </message>
        <message>
            <source>Reshape</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Reshape</translation>
        </message>
        <message>
            <source>Rearranges the numbers into a new shape with the same count, for example 784 into 28, 28, 1 so a Conv2D layer can read it.</source>
            <translation>Range les nombres dans une nouvelle forme avec le même nombre de valeurs, par exemple 784 en 28, 28, 1 pour qu'une couche Conv2D puisse les lire.</translation>
        </message>
        <message>
            <source>Target shape</source>
            <translation>Forme cible</translation>
        </message>
        <message>
            <source>The new shape of one example; one entry may be -1 to fill in the rest.</source>
            <translation>La nouvelle forme d'un exemple ; une des valeurs peut être -1 pour compléter avec le reste.</translation>
        </message>
        <message>
            <source>Dropout</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Dropout</translation>
        </message>
        <message>
            <source>During training, switches off a random share of its inputs at each step so the network cannot rely on any single neuron; it does nothing when predicting.</source>
            <translation>Pendant l'entraînement, éteint au hasard une partie de ses entrées à chaque pas, pour que le réseau ne puisse compter sur aucun neurone en particulier ; ne fait rien lors des prédictions.</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Taux</translation>
        </message>
        <message>
            <source>The share of inputs switched off at each training step, from 0 (none) up to, but not including, 1 (all).</source>
            <translation>La part des entrées éteintes à chaque pas d'entraînement, de 0 (aucune) jusqu'à 1 (toutes), 1 non compris.</translation>
        </message>
        <message>
            <source>{label} {rate}</source>
            <extracomment>A layer's short caption in the network diagram; keep the names in braces.</extracomment>
            <translation>{label} {rate}</translation>
        </message>
        <message>
            <source>Batch normalization</source>
            <translation>Normalisation par lots</translation>
        </message>
        <message>
            <source>Rescales its inputs to a steady mean and spread during training, which often lets a network learn faster.</source>
            <translation>Ramène ses entrées à une moyenne et une dispersion stables pendant l'entraînement, ce qui aide souvent le réseau à apprendre plus vite.</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>Momentum</translation>
        </message>
        <message>
            <source>How slowly the running mean and spread follow each new batch.</source>
            <translation>La lenteur avec laquelle la moyenne et la dispersion glissantes suivent chaque nouveau lot.</translation>
        </message>
        <message>
            <source>Epsilon</source>
            <translation>Epsilon</translation>
        </message>
        <message>
            <source>A tiny number added to avoid dividing by zero.</source>
            <translation>Un tout petit nombre ajouté pour éviter de diviser par zéro.</translation>
        </message>
        <message>
            <source>Conv2D</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Conv2D</translation>
        </message>
        <message>
            <source>Slides small learned filters over a picture and records where each filter finds its pattern (edges, curves, corners).</source>
            <translation>Fait glisser de petits filtres appris sur une image et note où chaque filtre trouve son motif (bords, courbes, coins).</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filtres</translation>
        </message>
        <message>
            <source>How many different patterns the layer learns to look for.</source>
            <translation>Combien de motifs différents la couche apprend à chercher.</translation>
        </message>
        <message>
            <source>Kernel size</source>
            <translation>Taille du noyau</translation>
        </message>
        <message>
            <source>The width and height of each filter, in pixels.</source>
            <translation>La largeur et la hauteur de chaque filtre, en pixels.</translation>
        </message>
        <message>
            <source>Stride</source>
            <translation>Pas</translation>
        </message>
        <message>
            <source>How many pixels the filter moves at each step.</source>
            <translation>De combien de pixels le filtre avance à chaque fois.</translation>
        </message>
        <message>
            <source>pictures with channels (height, width, channels)</source>
            <extracomment>Completes "it needs …, that is 3 numbers per shape."</extracomment>
            <translation>des images avec des canaux (hauteur, largeur, canaux)</translation>
        </message>
        <message>
            <source>{label} {filters}, {kernel_size}×{kernel_size}, {activation}</source>
            <extracomment>A layer's short caption in the network diagram; keep the names in braces.</extracomment>
            <translation>{label} {filters}, {kernel_size}×{kernel_size}, {activation}</translation>
        </message>
        <message>
            <source>Max pooling 2D</source>
            <translation>Max pooling 2D</translation>
        </message>
        <message>
            <source>Shrinks a picture by keeping only the largest value in each small window.</source>
            <translation>Rétrécit une image en ne gardant que la plus grande valeur de chaque petite fenêtre.</translation>
        </message>
        <message>
            <source>Pool size</source>
            <translation>Taille de la fenêtre</translation>
        </message>
        <message>
            <source>The width and height of the window.</source>
            <translation>La largeur et la hauteur de la fenêtre.</translation>
        </message>
        <message>
            <source>How many pixels the window moves at each step; empty means the pool size.</source>
            <translation>De combien de pixels la fenêtre avance à chaque fois ; vide signifie : la taille de la fenêtre.</translation>
        </message>
        <message>
            <source>same as the pool size</source>
            <extracomment>What an empty setting means, shown after "empty means:".</extracomment>
            <translation>égal à la taille de la fenêtre</translation>
        </message>
        <message>
            <source>Max pooling {pool_size}×{pool_size}</source>
            <extracomment>A layer's short caption in the network diagram; keep the names in braces.</extracomment>
            <translation>Max pooling {pool_size}×{pool_size}</translation>
        </message>
        <message>
            <source>Simple RNN</source>
            <translation>RNN simple</translation>
        </message>
        <message>
            <source>Reads a sequence one step at a time, carrying a memory from each step to the next.</source>
            <translation>Lit une séquence un pas à la fois, en gardant une mémoire d'un pas au suivant.</translation>
        </message>
        <message>
            <source>sequences (time steps, features)</source>
            <extracomment>Completes "it needs …, that is 2 numbers per shape."</extracomment>
            <translation>des séquences (pas de temps, caractéristiques)</translation>
        </message>
        <message>
            <source>LSTM</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>LSTM</translation>
        </message>
        <message>
            <source>A recurrent layer with gates that decide what to remember and what to forget, so it can follow long sequences.</source>
            <translation>Une couche récurrente avec des portes qui décident quoi retenir et quoi oublier, pour pouvoir suivre de longues séquences.</translation>
        </message>
        <message>
            <source>Gate activation</source>
            <translation>Activation des portes</translation>
        </message>
        <message>
            <source>The function the gates use to decide how much to let through.</source>
            <translation>La fonction qu'utilisent les portes pour décider quelle part laisser passer.</translation>
        </message>
        <message>
            <source>Categorical cross-entropy</source>
            <translation>Entropie croisée catégorielle</translation>
        </message>
        <message>
            <source>For choosing one class out of several: punishes the network for giving the right class a low probability. Labels are one-hot (a 1 in the class's column).</source>
            <translation>Pour choisir une classe parmi plusieurs : pénalise le réseau quand il donne une faible probabilité à la bonne classe. Les étiquettes sont en one-hot (un 1 dans la colonne de la classe).</translation>
        </message>
        <message>
            <source>Sparse categorical cross-entropy</source>
            <translation>Entropie croisée catégorielle éparse</translation>
        </message>
        <message>
            <source>The same as categorical cross-entropy, but the labels are plain class numbers (0 to 9 for digits) instead of one-hot rows.</source>
            <translation>Comme l'entropie croisée catégorielle, mais les étiquettes sont de simples numéros de classe (0 à 9 pour les chiffres) au lieu de lignes one-hot.</translation>
        </message>
        <message>
            <source>Binary cross-entropy</source>
            <translation>Entropie croisée binaire</translation>
        </message>
        <message>
            <source>For yes/no answers from a single sigmoid unit: punishes confident wrong answers hard.</source>
            <translation>Pour les réponses oui/non d'un seul neurone sigmoid : pénalise fortement les mauvaises réponses données avec assurance.</translation>
        </message>
        <message>
            <source>Mean squared error</source>
            <translation>Erreur quadratique moyenne</translation>
        </message>
        <message>
            <source>The average of the squared differences between the output and the target; big mistakes count much more than small ones.</source>
            <translation>La moyenne des carrés des écarts entre la sortie et la cible ; les grosses erreurs comptent beaucoup plus que les petites.</translation>
        </message>
        <message>
            <source>Mean absolute error</source>
            <translation>Erreur absolue moyenne</translation>
        </message>
        <message>
            <source>The average size of the differences between the output and the target.</source>
            <translation>La taille moyenne des écarts entre la sortie et la cible.</translation>
        </message>
        <message>
            <source>Hinge</source>
            <translation>Charnière (hinge)</translation>
        </message>
        <message>
            <source>The loss of support vector machines: it only cares whether the answer is on the right side of the boundary by a safe margin.</source>
            <translation>La perte des machines à vecteurs de support : elle regarde seulement si la réponse est du bon côté de la frontière, avec une marge de sécurité.</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Précision</translation>
        </message>
        <message>
            <source>The share of examples the network gets right; Keras picks the right way to count it for the loss you chose.</source>
            <translation>La part des exemples que le réseau réussit ; Keras choisit la bonne façon de la compter selon la perte que tu as choisie.</translation>
        </message>
        <message>
            <source>Binary accuracy</source>
            <translation>Précision binaire</translation>
        </message>
        <message>
            <source>The share of yes/no answers that are right, counting an output above 0.5 as 'yes'.</source>
            <translation>La part des réponses oui/non qui sont justes, en comptant une sortie au-dessus de 0.5 comme « oui ».</translation>
        </message>
        <message>
            <source>Categorical accuracy</source>
            <translation>Précision catégorielle</translation>
        </message>
        <message>
            <source>The share of examples whose biggest output is the right class (one-hot labels).</source>
            <translation>La part des exemples dont la plus grande sortie est la bonne classe (étiquettes one-hot).</translation>
        </message>
        <message>
            <source>Sparse categorical accuracy</source>
            <translation>Précision catégorielle éparse</translation>
        </message>
        <message>
            <source>The share of examples whose biggest output is the right class (class-number labels).</source>
            <translation>La part des exemples dont la plus grande sortie est la bonne classe (étiquettes en numéros de classe).</translation>
        </message>
        <message>
            <source>The average squared difference between output and target.</source>
            <translation>La moyenne des carrés des écarts entre sortie et cible.</translation>
        </message>
        <message>
            <source>The average size of the difference between output and target.</source>
            <translation>La taille moyenne de l'écart entre sortie et cible.</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Taux d'apprentissage</translation>
        </message>
        <message>
            <source>How big a step the weights take at each update: too small learns slowly, too big overshoots and the loss jumps around or becomes NaN.</source>
            <translation>La taille du pas que font les poids à chaque mise à jour : trop petit, l'apprentissage est lent ; trop grand, il dépasse le but et la perte fait des bonds ou devient NaN.</translation>
        </message>
        <message>
            <source>Learning-rate decay</source>
            <translation>Décroissance du taux d'apprentissage</translation>
        </message>
        <message>
            <source>Shrinks the learning rate a little after every batch: rate / (1 + decay x steps). 0 keeps it constant.</source>
            <translation>Réduit un peu le taux d'apprentissage après chaque lot : taux / (1 + décroissance x pas). 0 le garde constant.</translation>
        </message>
        <message>
            <source>How much of the average gradient is carried over from one step to the next.</source>
            <translation>La part du gradient moyen reportée d'un pas au suivant.</translation>
        </message>
        <message>
            <source>How much of the average squared gradient is carried over from one step to the next.</source>
            <translation>La part du carré moyen du gradient reportée d'un pas au suivant.</translation>
        </message>
        <message>
            <source>Beta 1</source>
            <translation>Beta 1</translation>
        </message>
        <message>
            <source>Beta 2</source>
            <translation>Beta 2</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <source>Stochastic gradient descent: after each batch, nudges every weight a small step downhill on the loss; momentum lets it keep rolling in a steady direction.</source>
            <translation>Descente de gradient stochastique : après chaque lot, pousse chaque poids d'un petit pas vers le bas de la pente de la perte ; le momentum lui permet de continuer à rouler dans une direction stable.</translation>
        </message>
        <message>
            <source>How much of the previous step is added to the next one, like a ball rolling downhill; 0.9 is common.</source>
            <translation>La part du pas précédent ajoutée au suivant, comme une bille qui dévale une pente ; 0.9 est courant.</translation>
        </message>
        <message>
            <source>Nesterov</source>
            <translation>Nesterov</translation>
        </message>
        <message>
            <source>Looks ahead along the momentum before measuring the slope, which often steadies training.</source>
            <translation>Regarde en avant dans la direction du momentum avant de mesurer la pente, ce qui stabilise souvent l'entraînement.</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>Gives every weight its own step size, from running averages of its gradients; works well out of the box and is the usual first choice.</source>
            <translation>Donne à chaque poids sa propre taille de pas, d'après des moyennes glissantes de ses gradients ; marche bien sans réglage et c'est le premier choix habituel.</translation>
        </message>
        <message>
            <source>AdamW</source>
            <translation>AdamW</translation>
        </message>
        <message>
            <source>Adam plus weight decay: it also pulls every weight gently towards 0, which helps against overfitting.</source>
            <translation>Adam plus une décroissance des poids : il tire aussi doucement chaque poids vers 0, ce qui aide contre le surapprentissage.</translation>
        </message>
        <message>
            <source>Weight decay</source>
            <translation>Décroissance des poids</translation>
        </message>
        <message>
            <source>How strongly the weights are pulled towards 0 at each step.</source>
            <translation>La force avec laquelle les poids sont tirés vers 0 à chaque pas.</translation>
        </message>
        <message>
            <source>RMSprop</source>
            <translation>RMSprop</translation>
        </message>
        <message>
            <source>Divides each step by a running average of recent gradient sizes, so weights with big gradients take smaller steps.</source>
            <translation>Divise chaque pas par une moyenne glissante des tailles récentes du gradient : les poids aux gros gradients font des pas plus petits.</translation>
        </message>
        <message>
            <source>Rho</source>
            <translation>Rho</translation>
        </message>
        <message>
            <source>How much of the previous step is added to the next one.</source>
            <translation>La part du pas précédent ajoutée au suivant.</translation>
        </message>
        <message>
            <source>Adagrad</source>
            <translation>Adagrad</translation>
        </message>
        <message>
            <source>Gives weights that have already moved a lot smaller and smaller steps; good for rare features, but it can slow to a stop.</source>
            <translation>Donne des pas de plus en plus petits aux poids qui ont déjà beaucoup bougé ; bien pour les caractéristiques rares, mais il peut ralentir jusqu'à s'arrêter.</translation>
        </message>
        <message>
            <source>Initial accumulator</source>
            <translation>Accumulateur initial</translation>
        </message>
        <message>
            <source>The starting value of the running sum of squared gradients.</source>
            <translation>La valeur de départ de la somme cumulée des carrés des gradients.</translation>
        </message>
        <message>
            <source>Adamax</source>
            <translation>Adamax</translation>
        </message>
        <message>
            <source>A variant of Adam that scales steps by the largest recent gradient instead of the average.</source>
            <translation>Une variante d'Adam qui règle les pas d'après le plus grand gradient récent au lieu de la moyenne.</translation>
        </message>
        <message>
            <source>Nadam</source>
            <translation>Nadam</translation>
        </message>
        <message>
            <source>Adam with Nesterov's look-ahead momentum.</source>
            <translation>Adam avec le momentum à anticipation de Nesterov.</translation>
        </message>
        <message>
            <source>MNIST handwritten digits</source>
            <translation>Chiffres manuscrits MNIST</translation>
        </message>
        <message>
            <source>70,000 pictures of handwritten digits, 28 by 28 grey pixels each, labelled 0 to 9: 60,000 to learn from and 10,000 to test on.</source>
            <translation>70 000 images de chiffres écrits à la main, de 28 sur 28 pixels gris chacune, étiquetées de 0 à 9 : 60 000 pour apprendre et 10 000 pour tester.</translation>
        </message>
        <message>
            <source>XOR truth table</source>
            <translation>Table de vérité XOR</translation>
        </message>
        <message>
            <source>Four rows, two inputs each: the answer is 1 when exactly one input is 1 (old or young customer, middle or high income), a problem no straight line can separate.</source>
            <translation>Quatre lignes, deux entrées chacune : la réponse est 1 quand exactement une entrée vaut 1 (client âgé ou jeune, revenu moyen ou élevé), un problème qu'aucune ligne droite ne peut séparer.</translation>
        </message>
        <message>
            <source>8 features, 4 classes (generated)</source>
            <translation>8 caractéristiques, 4 classes (générées)</translation>
        </message>
        <message>
            <source>1,000 generated examples with 8 numeric features each, in 4 overlapping clusters, one per class; the same every time.</source>
            <translation>1 000 exemples générés, avec 8 caractéristiques numériques chacun, en 4 groupes qui se chevauchent, un par classe ; toujours les mêmes.</translation>
        </message>
        <message>
            <source>Your own CSV file</source>
            <translation>Ton propre fichier CSV</translation>
        </message>
        <message>
            <source>A table of numbers with a header row; one column holds the label, the others are the features.</source>
            <translation>Un tableau de nombres avec une ligne d'en-tête ; une colonne contient l'étiquette, les autres sont les caractéristiques.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Aucun</translation>
        </message>
        <message>
            <source>Use the numbers exactly as they are in the file.</source>
            <translation>Utiliser les nombres exactement comme ils sont dans le fichier.</translation>
        </message>
        <message>
            <source>Scale to 0..1</source>
            <translation>Ramener à 0..1</translation>
        </message>
        <message>
            <source>Divide by the largest value in the training data (255 for pixels), so every input lies between 0 and 1.</source>
            <translation>Diviser par la plus grande valeur des données d'entraînement (255 pour les pixels), pour que chaque entrée soit entre 0 et 1.</translation>
        </message>
        <message>
            <source>Scale to -1..1</source>
            <translation>Ramener à -1..1</translation>
        </message>
        <message>
            <source>Stretch the training data's range onto -1 to 1.</source>
            <translation>Étaler les valeurs des données d'entraînement de -1 à 1.</translation>
        </message>
        <message>
            <source>Centre, divide by overall spread</source>
            <translation>Centrer, diviser par la dispersion globale</translation>
        </message>
        <message>
            <source>Subtract each feature's training mean and divide by the spread of all the training numbers together (the classic way for pixels).</source>
            <translation>Soustraire la moyenne d'entraînement de chaque caractéristique et diviser par la dispersion de tous les nombres d'entraînement pris ensemble (la méthode classique pour les pixels).</translation>
        </message>
        <message>
            <source>Standardise each feature</source>
            <translation>Standardiser chaque caractéristique</translation>
        </message>
        <message>
            <source>Give each feature a training mean of 0 and spread of 1 (the classic way for table columns of different sizes).</source>
            <translation>Donner à chaque caractéristique une moyenne d'entraînement de 0 et une dispersion de 1 (la méthode classique pour des colonnes de tableau d'ordres de grandeur différents).</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Époques</translation>
        </message>
        <message>
            <source>How many times the network works through the whole training set.</source>
            <translation>Combien de fois le réseau parcourt toutes les données d'entraînement.</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Taille de lot</translation>
        </message>
        <message>
            <source>How many examples the network looks at before each update of its weights.</source>
            <translation>Combien d'exemples le réseau regarde avant chaque mise à jour de ses poids.</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>Graine aléatoire</translation>
        </message>
        <message>
            <source>Fixes the random starting weights and shuffling, so a run can be repeated exactly.</source>
            <translation>Fixe les poids de départ aléatoires et le mélange, pour qu'un essai puisse être refait à l'identique.</translation>
        </message>
        <message>
            <source>Shuffle</source>
            <translation>Mélanger</translation>
        </message>
        <message>
            <source>Mix up the order of the training examples before every epoch.</source>
            <translation>Mélanger l'ordre des exemples d'entraînement avant chaque époque.</translation>
        </message>
        <message>
            <source>Validation share</source>
            <translation>Part de validation</translation>
        </message>
        <message>
            <source>The share of the training data held back to check the network on examples it does not learn from, after every epoch.</source>
            <translation>La part des données d'entraînement mise de côté pour vérifier le réseau, après chaque époque, sur des exemples dont il n'apprend pas.</translation>
        </message>
        <message>
            <source>Test share</source>
            <translation>Part de test</translation>
        </message>
        <message>
            <source>For data without a separate test set: the share of rows kept aside for the final test.</source>
            <translation>Pour des données sans ensemble de test séparé : la part des lignes gardée pour le test final.</translation>
        </message>
        <message>
            <source>Training examples</source>
            <translation>Exemples d'entraînement</translation>
        </message>
        <message>
            <source>Use only this many training examples (0 uses them all); handy for a quick try.</source>
            <translation>N'utiliser que ce nombre d'exemples d'entraînement (0 les utilise tous) ; pratique pour aller vite.</translation>
        </message>
        <message>
            <source>Test examples</source>
            <translation>Exemples de test</translation>
        </message>
        <message>
            <source>Use only this many test examples (0 uses them all).</source>
            <translation>N'utiliser que ce nombre d'exemples de test (0 les utilise tous).</translation>
        </message>
        <message>
            <source>Flatten inputs</source>
            <translation>Aplatir les entrées</translation>
        </message>
        <message>
            <source>Lay each example out as one long row while loading (784 numbers for a digit) instead of with a Flatten layer.</source>
            <translation>Étaler chaque exemple en une longue rangée dès le chargement (784 nombres pour un chiffre) au lieu d'utiliser une couche Flatten.</translation>
        </message>
        <message>
            <source>Skip rows with missing values</source>
            <translation>Ignorer les lignes avec des valeurs manquantes</translation>
        </message>
        <message>
            <source>For a CSV file: leave out every row with an empty cell (or NA, N/A, NaN, null or ?) instead of refusing the file; the data's description says how many.</source>
            <translation>Pour un fichier CSV : laisser de côté chaque ligne qui a une case vide (ou NA, N/A, NaN, null ou ?) au lieu de refuser le fichier ; la description des données indique combien.</translation>
        </message>
        <message>
            <source>Layers with no activation between them</source>
            <translation>Des couches sans activation entre elles</translation>
        </message>
        <message>
            <source>Two layers in a row with no activation between them work exactly like one layer: together they can still only draw straight lines, so they cannot learn XOR.</source>
            <translation>Deux couches à la suite sans activation entre elles fonctionnent exactement comme une seule couche : ensemble, elles ne savent toujours tracer que des lignes droites, donc elles ne peuvent pas apprendre XOR.</translation>
        </message>
        <message>
            <source>Give the first of them an activation such as ReLU.</source>
            <translation>Donne à la première des deux une activation comme ReLU.</translation>
        </message>
        <message>
            <source>A layer after the output</source>
            <translation>Une couche après la sortie</translation>
        </message>
        <message>
            <source>The output layer's answers are what the loss scores; Dropout or batch normalization after it changes those answers at random or shifts them, so they are no longer probabilities.</source>
            <translation>Ce sont les réponses de la couche de sortie que la perte évalue ; un Dropout ou une normalisation par lots placé après elle modifie ces réponses au hasard ou les décale, et ce ne sont plus des probabilités.</translation>
        </message>
        <message>
            <source>Move it before the output layer.</source>
            <translation>Déplace-la avant la couche de sortie.</translation>
        </message>
        <message>
            <source>An unusual learning rate</source>
            <translation>Un taux d'apprentissage inhabituel</translation>
        </message>
        <message>
            <source>Too large a learning rate makes each step jump past the best weights, so the loss jumps about or becomes NaN; too small a one makes training crawl.</source>
            <translation>Avec un taux d'apprentissage trop grand, chaque pas saute au-delà des meilleurs poids, et la perte fait des bonds ou devient NaN ; avec un taux trop petit, l'entraînement se traîne.</translation>
        </message>
        <message>
            <source>Start from the optimizer's usual value (shown as its default) and change it by factors of 10.</source>
            <translation>Pars de la valeur habituelle de l'optimiseur (indiquée comme valeur par défaut) et change-la par facteurs de 10.</translation>
        </message>
        <message>
            <source>Far more weights than examples</source>
            <translation>Bien plus de poids que d'exemples</translation>
        </message>
        <message>
            <source>With many more weights to learn than examples to learn from, a network can memorise the training examples instead of learning what they have in common.</source>
            <translation>Avec beaucoup plus de poids à apprendre que d'exemples pour apprendre, un réseau peut mémoriser les exemples d'entraînement au lieu d'apprendre ce qu'ils ont en commun.</translation>
        </message>
        <message>
            <source>Use fewer neurons, more data, or Dropout, and hold back some examples for validation to see whether it memorises.</source>
            <translation>Utilise moins de neurones, plus de données ou un Dropout, et garde des exemples de côté pour la validation afin de voir s'il mémorise.</translation>
        </message>
        <message>
            <source>Many epochs and nothing held back</source>
            <translation>Beaucoup d'époques et rien de mis de côté</translation>
        </message>
        <message>
            <source>After many epochs a network starts memorising its training examples; only examples held back for validation show when that begins.</source>
            <translation>Après beaucoup d'époques, un réseau commence à mémoriser ses exemples d'entraînement ; seuls des exemples mis de côté pour la validation montrent quand cela commence.</translation>
        </message>
        <message>
            <source>Set the validation share to 0.1 and watch the validation loss.</source>
            <translation>Règle la part de validation sur 0.1 et surveille la perte de validation.</translation>
        </message>
        <message>
            <source>A deep stack of sigmoid or tanh layers</source>
            <translation>Une pile profonde de couches sigmoid ou tanh</translation>
        </message>
        <message>
            <source>Sigmoid and tanh flatten out for large inputs, and each layer makes the signal that trains the early layers smaller: deep stacks of them learn very slowly.</source>
            <translation>Sigmoid et tanh deviennent plates pour les grandes entrées, et chaque couche rend plus petit le signal qui entraîne les premières couches : une pile profonde de ces couches apprend très lentement.</translation>
        </message>
        <message>
            <source>Use ReLU in the hidden layers.</source>
            <translation>Utilise ReLU dans les couches cachées.</translation>
        </message>
        <message>
            <source>Pixels from 0 to 255</source>
            <translation>Des pixels de 0 à 255</translation>
        </message>
        <message>
            <source>Inputs in the hundreds make the first layer's sums huge, so training starts badly and needs a tiny learning rate.</source>
            <translation>Avec des entrées de l'ordre de la centaine, les sommes de la première couche deviennent énormes : l'entraînement démarre mal et a besoin d'un tout petit taux d'apprentissage.</translation>
        </message>
        <message>
            <source>Choose the preprocessing 'Scale to 0..1'.</source>
            <translation>Choisis le prétraitement « Ramener à 0..1 ».</translation>
        </message>
        <message>
            <source>A Dense layer on a picture</source>
            <translation>Une couche Dense sur une image</translation>
        </message>
        <message>
            <source>A Dense layer works along the last axis only: on a 28x28 picture it looks at each row of 28 pixels on its own, never at the whole digit.</source>
            <translation>Une couche Dense ne travaille que le long du dernier axe : sur une image de 28x28, elle regarde chaque rangée de 28 pixels séparément, jamais le chiffre entier.</translation>
        </message>
        <message>
            <source>Put a Flatten layer before it.</source>
            <translation>Place une couche Flatten avant elle.</translation>
        </message>
        <message>
            <source>Weights that all start the same</source>
            <translation>Des poids qui commencent tous pareils</translation>
        </message>
        <message>
            <source>Neurons that start with the same weights get the same updates, so they stay the same and the layer learns as if it had one neuron.</source>
            <translation>Des neurones qui commencent avec les mêmes poids reçoivent les mêmes mises à jour : ils restent identiques et la couche apprend comme si elle n'avait qu'un neurone.</translation>
        </message>
        <message>
            <source>Use a random initializer such as Glorot uniform (the default).</source>
            <translation>Utilise une initialisation aléatoire comme Glorot uniforme (celle par défaut).</translation>
        </message>
        <message>
            <source>A very large layer</source>
            <translation>Une très grande couche</translation>
        </message>
        <message>
            <source>A layer with millions of weights takes much memory and time to train, and rarely helps a small dataset.</source>
            <translation>Une couche avec des millions de poids demande beaucoup de mémoire et de temps d'entraînement, et aide rarement sur un petit jeu de données.</translation>
        </message>
        <message>
            <source>Shrink the picture first (pooling) or use fewer neurons.</source>
            <translation>Réduis d'abord l'image (pooling) ou utilise moins de neurones.</translation>
        </message>
        <message>
            <source>Batches of one example</source>
            <translation>Des lots d'un seul exemple</translation>
        </message>
        <message>
            <source>One example per step makes every epoch as many steps as examples: slow, and a noisy loss.</source>
            <translation>Avec un exemple par pas, chaque époque compte autant de pas que d'exemples : c'est lent, et la perte est bruitée.</translation>
        </message>
        <message>
            <source>Use a batch size of 32.</source>
            <translation>Utilise une taille de lot de 32.</translation>
        </message>
        <message>
            <source>A distance loss for classes</source>
            <translation>Une perte de distance pour des classes</translation>
        </message>
        <message>
            <source>Mean squared or absolute error measure how far numbers are apart; for choosing a class, cross-entropy learns much faster.</source>
            <translation>L'erreur quadratique ou absolue moyenne mesure l'écart entre des nombres ; pour choisir une classe, l'entropie croisée apprend bien plus vite.</translation>
        </message>
        <message>
            <source>Use categorical cross-entropy with softmax (or binary cross-entropy with one sigmoid unit).</source>
            <translation>Utilise l'entropie croisée catégorielle avec softmax (ou l'entropie croisée binaire avec un seul neurone sigmoid).</translation>
        </message>
        <message>
            <source>XOR with no hidden layer</source>
            <translation>XOR sans couche cachée</translation>
        </message>
        <message>
            <source>One layer can only separate the classes with a straight line, and no straight line separates XOR's two classes.</source>
            <translation>Une seule couche ne peut séparer les classes qu'avec une ligne droite, et aucune ligne droite ne sépare les deux classes de XOR.</translation>
        </message>
        <message>
            <source>Add a hidden Dense layer with ReLU before the output, as the XOR template has.</source>
            <translation>Ajoute une couche Dense cachée avec ReLU avant la sortie, comme dans le modèle de départ XOR.</translation>
        </message>
        <message>
            <source>Dropout that drops most of the signal</source>
            <translation>Un Dropout qui supprime presque tout le signal</translation>
        </message>
        <message>
            <source>Dropping most neurons at every step leaves too little for the next layer to learn from.</source>
            <translation>Éteindre la plupart des neurones à chaque pas laisse trop peu de choses à la couche suivante pour apprendre.</translation>
        </message>
        <message>
            <source>Use a rate between 0.1 and 0.5.</source>
            <translation>Utilise un taux entre 0.1 et 0.5.</translation>
        </message>
    </context>
    <context>
        <name>CodeTab</name>
        <message>
            <source># The network has problems, fix them to see the code:</source>
            <extracomment>How long the network must stay unchanged before the code is written again, in ms; typing "128" into a field then costs one update, not three.</extracomment>
            <translation># Le réseau a des problèmes, corrige-les pour voir le code :</translation>
        </message>
        <message>
            <source>The Python script that File ▸ Export Keras script saves. Export Jupyter notebook puts the same code in cells.</source>
            <translation>Le script Python qu'enregistre Fichier ▸ Exporter un script Keras. Exporter un notebook Jupyter met le même code dans des cellules.</translation>
        </message>
        <message>
            <source>Copy</source>
            <extracomment>The colours of a light editor theme, and of a dark one.</extracomment>
            <translation>Copier</translation>
        </message>
        <message>
            <source>Copy the whole script, to paste into a file or a notebook.</source>
            <translation>Copier tout le script, pour le coller dans un fichier ou un notebook.</translation>
        </message>
        <message>
            <source>Keras code</source>
            <translation>Code Keras</translation>
        </message>
        <message>
            <source>The Keras code this network amounts to, read-only</source>
            <translation>Le code Keras qui correspond à ce réseau, en lecture seule</translation>
        </message>
        <message>
            <source>The code could not be written: {error}</source>
            <translation>Le code n'a pas pu être écrit : {error}</translation>
        </message>
        <message>
            <source>Copied ✓</source>
            <translation>Copié ✓</translation>
        </message>
    </context>
    <context>
        <name>Colours</name>
        <message>
            <source>As the computer (system)</source>
            <translation>Comme l'ordinateur (système)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Clair</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Sombre</translation>
        </message>
        <message>
            <source>&amp;Usual colours</source>
            <translation>Couleurs &amp;habituelles</translation>
        </message>
        <message>
            <source>Colours for colour &amp;blindness</source>
            <translation>Couleurs adaptées au &amp;daltonisme</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>a project file (.nnproj)</source>
            <extracomment>What ``--language`` takes besides a language's code: follow the computer's language. The sub-commands' names (set by build_parser).</extracomment>
            <translation>un fichier de projet (.nnproj)</translation>
        </message>
        <message>
            <source>a built-in template</source>
            <translation>un modèle de départ intégré</translation>
        </message>
        <message>
            <source>nnstudio: -o expected the name of the project file to write, such as xor{suffix}; received {output!r}, which names no file.</source>
            <translation>nnstudio : -o attendait le nom du fichier de projet à écrire, comme xor{suffix} ; reçu {output!r}, qui ne désigne aucun fichier.</translation>
        </message>
        <message>
            <source>nnstudio: -o expected a name ending in {suffix} (so that the window lists and opens the project); received {name}, which ends in {ending}. Try: -o {better}</source>
            <translation>nnstudio : -o attendait un nom qui se termine par {suffix} (pour que la fenêtre liste et ouvre le projet) ; reçu {name}, qui se termine par {ending}. Essaie : -o {better}</translation>
        </message>
        <message>
            <source>nnstudio: -o expected a name not taken yet, so that nothing is overwritten by accident; received {path}, which already exists. Add --force to replace it.</source>
            <translation>nnstudio : -o attendait un nom pas encore pris, pour ne rien écraser par accident ; reçu {path}, qui existe déjà. Ajoute --force pour le remplacer.</translation>
        </message>
        <message>
            <source>Wrote {path} from the template {template}.</source>
            <translation>{path} écrit à partir du modèle de départ {template}.</translation>
        </message>
        <message>
            <source>Project: {name}  (template {template})</source>
            <translation>Projet : {name}  (modèle de départ {template})</translation>
        </message>
        <message>
            <source>Project: {name}</source>
            <translation>Projet : {name}</translation>
        </message>
        <message>
            <source>Data: {description}</source>
            <translation>Données : {description}</translation>
        </message>
        <message>
            <source>Layer (type)</source>
            <translation>Couche (type)</translation>
        </message>
        <message>
            <source>Output shape</source>
            <translation>Forme de sortie</translation>
        </message>
        <message>
            <source>Param #</source>
            <translation>Nb param.</translation>
        </message>
        <message>
            <source>Total params: {total:,}  (trainable: {trainable:,}, non-trainable: {frozen:,})</source>
            <translation>Paramètres au total : {total:,}  (entraînables : {trainable:,}, non entraînables : {frozen:,})</translation>
        </message>
        <message>
            <source>Total params: {total:,} so far (some shapes are unknown)  (trainable: {trainable:,}, non-trainable: {frozen:,})</source>
            <translation>Paramètres au total : {total:,} pour l'instant (certaines formes sont inconnues)  (entraînables : {trainable:,}, non entraînables : {frozen:,})</translation>
        </message>
        <message>
            <source>Loss: {loss}; optimizer: {optimizer} (learning rate {learning_rate}); metrics: {metrics}</source>
            <translation>Perte : {loss} ; optimiseur : {optimizer} (taux d'apprentissage {learning_rate}) ; métriques : {metrics}</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no metrics</comment>
            <translation>aucune</translation>
        </message>
        <message>
            <source>Training: {epochs}, batches of {batch_size}, seed {seed}</source>
            <translation>Entraînement : {epochs}, lots de {batch_size}, graine {seed}</translation>
        </message>
        <message numerus="yes">
            <source>%n epoch(s)</source>
            <translation>
                <numerusform>%n époque</numerusform>
                <numerusform>%n époques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n problème</numerusform>
                <numerusform>%n problèmes</numerusform>
            </translation>
        </message>
        <message>
            <source>{problems} and {warnings}:</source>
            <translation>{problems} et {warnings} :</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message>
            <source>{problems}:</source>
            <translation>{problems} :</translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>avertissement : {message}</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Aucun problème trouvé.</translation>
        </message>
        <message>
            <source>Advice ({count}): it will train, but perhaps not as you hope:</source>
            <translation>Conseils ({count}) : l'entraînement marchera, mais peut-être pas comme tu l'espères :</translation>
        </message>
        <message>
            <source>Why: {why}</source>
            <translation>Pourquoi : {why}</translation>
        </message>
        <message>
            <source>Try: {try_this}</source>
            <translation>Essaie : {try_this}</translation>
        </message>
        <message>
            <source>Analysis:</source>
            <translation>Analyse :</translation>
        </message>
        <message>
            <source>(measuring on this computer: a short run of a few seconds…)</source>
            <translation>(mesure sur cet ordinateur : un court essai de quelques secondes…)</translation>
        </message>
        <message>
            <source>Could not measure the time: {problem}</source>
            <translation>Impossible de mesurer le temps : {problem}</translation>
        </message>
        <message>
            <source>(the time is measured once the network has no problems)</source>
            <translation>(le temps est mesuré une fois que le réseau n'a plus de problème)</translation>
        </message>
        <message>
            <source>--verify runs an exported folder: expected --folder DIR with it (the script alone reads its data from where it is on this computer).</source>
            <translation>--verify exécute un dossier exporté : il faut aussi --folder DIR (le script seul lit ses données là où elles sont sur cet ordinateur).</translation>
        </message>
        <message>
            <source>Expected where to write: -o FILE.py (a script), -o FILE.ipynb (a notebook), or --folder DIR (both, with the data and requirements, ready to copy).</source>
            <translation>Il faut indiquer où écrire : -o FILE.py (un script), -o FILE.ipynb (un notebook) ou --folder DIR (les deux, avec les données et la liste des dépendances, prêts à copier).</translation>
        </message>
        <message>
            <source>Wrote {path} (Jupyter notebook).</source>
            <translation>{path} écrit (notebook Jupyter).</translation>
        </message>
        <message>
            <source>Wrote {path} (Python script).</source>
            <translation>{path} écrit (script Python).</translation>
        </message>
        <message>
            <source>Wrote {folder}:</source>
            <translation>{folder} écrit :</translation>
        </message>
        <message>
            <source>Verifying: running the script offline for one short epoch…</source>
            <translation>Vérification : exécution du script hors ligne pendant une courte époque…</translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n octet</numerusform>
                <numerusform>%n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>-o expected a project file name ending in {suffix}. Received: {output!r}.</source>
            <translation>-o attendait un nom de fichier de projet qui se termine par {suffix}. Reçu : {output!r}.</translation>
        </message>
        <message>
            <source>{path} already exists: add --force to replace it.</source>
            <translation>{path} existe déjà : ajoute --force pour le remplacer.</translation>
        </message>
        <message>
            <source>nnstudio: nothing imported; {problems}:</source>
            <translation>nnstudio : rien n'a été importé ; {problems} :</translation>
        </message>
        <message>
            <source>Wrote {path}: {name}, {layers}.</source>
            <translation>{path} écrit : {name}, {layers}.</translation>
        </message>
        <message numerus="yes">
            <source>%n layer(s)</source>
            <translation>
                <numerusform>%n couche</numerusform>
                <numerusform>%n couches</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Remarque : {note}</translation>
        </message>
        <message>
            <source>Imported with its trained weights from {file}.</source>
            <translation>Importé avec ses poids entraînés depuis {file}.</translation>
        </message>
        <message>
            <source>Its trained weights are kept beside the project ({file}): opening it in the window shows its results and answers drawn digits without training.</source>
            <translation>Ses poids entraînés sont gardés à côté du projet ({file}) : ouvert dans la fenêtre, il montre ses résultats et répond aux chiffres dessinés sans nouvel entraînement.</translation>
        </message>
        <message>
            <source>--record keeps the run in a project file: expected a project file, found a template (write one first with 'nnstudio new').</source>
            <translation>--record garde l'essai dans un fichier de projet : il faut un fichier de projet, or c'est un modèle de départ (écris d'abord un projet avec 'nnstudio new').</translation>
        </message>
        <message>
            <source>Stopping after this batch (press Ctrl+C again to quit at once)...</source>
            <translation>Arrêt après ce lot (appuie encore sur Ctrl+C pour quitter tout de suite)...</translation>
        </message>
        <message>
            <source>Not saving {path}: the weights are no longer numbers.</source>
            <translation>{path} n'est pas enregistré : les poids ne sont plus des nombres.</translation>
        </message>
        <message>
            <source>Kept the run in {file} (with the options given here, so it is not a run of the file's own settings).</source>
            <translation>Essai gardé dans {file} (avec les options données ici : ce n'est donc pas un essai avec les réglages du fichier).</translation>
        </message>
        <message>
            <source>Kept the run in {file}.</source>
            <translation>Essai gardé dans {file}.</translation>
        </message>
        <message>
            <source>Cannot save the trained network as {path}: that is a folder. Expected a file name such as {example}.</source>
            <translation>Impossible d'enregistrer le réseau entraîné sous {path} : c'est un dossier. Il faut un nom de fichier comme {example}.</translation>
        </message>
        <message>
            <source>Cannot save the trained network as {path}: there is no folder {folder}. Create it first, or choose another place.</source>
            <translation>Impossible d'enregistrer le réseau entraîné sous {path} : le dossier {folder} n'existe pas. Crée-le d'abord, ou choisis un autre endroit.</translation>
        </message>
        <message>
            <source>Cannot save the trained network as {path}: the folder {folder} cannot be written to ({error}). Choose another place.</source>
            <translation>Impossible d'enregistrer le réseau entraîné sous {path} : on ne peut pas écrire dans le dossier {folder} ({error}). Choisis un autre endroit.</translation>
        </message>
        <message>
            <source>Saved the trained model to {path}.</source>
            <translation>Modèle entraîné enregistré dans {path}.</translation>
        </message>
        <message>
            <source>nnstudio: {problem} Saved the trained model to {path} instead.</source>
            <translation>nnstudio : {problem} Le modèle entraîné a été enregistré dans {path} à la place.</translation>
        </message>
        <message>
            <source>nnstudio: {problem} It could not be saved anywhere else either.</source>
            <translation>nnstudio : {problem} Il n'a pas pu être enregistré ailleurs non plus.</translation>
        </message>
        <message>
            <source>challenge</source>
            <translation>défi</translation>
        </message>
        <message>
            <source>lesson</source>
            <translation>leçon</translation>
        </message>
        <message>
            <source>beginner</source>
            <translation>débutant</translation>
        </message>
        <message>
            <source>intermediate</source>
            <translation>intermédiaire</translation>
        </message>
        <message>
            <source>advanced</source>
            <translation>avancé</translation>
        </message>
        <message>
            <source>{minutes:&gt;3} min</source>
            <translation>{minutes:&gt;3} min</translation>
        </message>
        <message>
            <source>Open one in the window from Learn, or write your own: see docs/lessons.md.</source>
            <translation>Ouvre une leçon dans la fenêtre depuis le menu Apprendre, ou écris la tienne : voir docs/lessons.md.</translation>
        </message>
        <message>
            <source>{file}: {problems}:</source>
            <translation>{file} : {problems} :</translation>
        </message>
        <message>
            <source>{file}: a challenge with no problems: {title!r}, {steps} steps, {goals} with a goal, {predictions} prediction(s), about {minutes} minutes.</source>
            <translation>{file} : un défi sans problème : {title!r}, {steps} étapes, {goals} avec un objectif, {predictions} prédiction(s), environ {minutes} minutes.</translation>
        </message>
        <message>
            <source>{file}: a lesson with no problems: {title!r}, {steps} steps, {goals} with a goal, {predictions} prediction(s), about {minutes} minutes.</source>
            <translation>{file} : une leçon sans problème : {title!r}, {steps} étapes, {goals} avec un objectif, {predictions} prédiction(s), environ {minutes} minutes.</translation>
        </message>
        <message>
            <source>No project files to grade: expected .nnproj files in {places}.</source>
            <translation>Aucun fichier de projet à noter : il faut des fichiers .nnproj dans {places}.</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>{path} écrit.</translation>
        </message>
        <message>
            <source>Learn neural networks by building them.</source>
            <translation>Apprends les réseaux de neurones en les construisant.</translation>
        </message>
        <message>
            <source>Run 'nnstudio COMMAND --help' for the options of one command, and 'nnstudio FILE.nnproj' to open a project in the window.</source>
            <translation>Lance 'nnstudio COMMAND --help' pour voir les options d'une commande, et 'nnstudio FILE.nnproj' pour ouvrir un projet dans la fenêtre.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>afficher le numéro de version du programme et quitter</translation>
        </message>
        <message>
            <source>the language to speak: {codes}, or system for the computer's (default: the one chosen in the window, else the computer's)</source>
            <translation>la langue à utiliser : {codes}, ou system pour celle de l'ordinateur (par défaut : celle choisie dans la fenêtre, sinon celle de l'ordinateur)</translation>
        </message>
        <message>
            <source>open the window (what 'nnstudio' alone does)</source>
            <translation>ouvrir la fenêtre (ce que fait 'nnstudio' tout seul)</translation>
        </message>
        <message>
            <source>a project file to open</source>
            <translation>un fichier de projet à ouvrir</translation>
        </message>
        <message>
            <source>list the built-in networks</source>
            <translation>lister les réseaux intégrés</translation>
        </message>
        <message>
            <source>write a new project file from a template</source>
            <translation>écrire un nouveau fichier de projet à partir d'un modèle de départ</translation>
        </message>
        <message>
            <source>the project file to write</source>
            <translation>le fichier de projet à écrire</translation>
        </message>
        <message>
            <source>replace the file if it exists</source>
            <translation>remplacer le fichier s'il existe</translation>
        </message>
        <message>
            <source>show the layers, their shapes and parameters, and problems</source>
            <translation>afficher les couches, leurs formes et paramètres, et les problèmes</translation>
        </message>
        <message>
            <source>also the memory per layer, and the time of an epoch measured by a short run</source>
            <translation>aussi la mémoire par couche, et la durée d'une époque mesurée par un court essai</translation>
        </message>
        <message>
            <source>write runnable Keras code (a script or a notebook)</source>
            <translation>écrire du code Keras exécutable (un script ou un notebook)</translation>
        </message>
        <message>
            <source>the .py or .ipynb file to write</source>
            <translation>le fichier .py ou .ipynb à écrire</translation>
        </message>
        <message>
            <source>default: by extension</source>
            <translation>par défaut : d'après l'extension</translation>
        </message>
        <message>
            <source>write a folder instead: script, notebook, data, requirements.txt and a README</source>
            <translation>écrire plutôt un dossier : script, notebook, données, requirements.txt et un README</translation>
        </message>
        <message>
            <source>with --folder: run the script offline for one short epoch to prove it works</source>
            <translation>avec --folder : exécuter le script hors ligne pendant une courte époque pour prouver qu'il marche</translation>
        </message>
        <message>
            <source>make a project from a .keras file, a Keras script or a notebook</source>
            <translation>créer un projet à partir d'un fichier .keras, d'un script Keras ou d'un notebook</translation>
        </message>
        <message>
            <source>a .keras file, a .py script or a .ipynb notebook</source>
            <translation>un fichier .keras, un script .py ou un notebook .ipynb</translation>
        </message>
        <message>
            <source>train a network in the terminal</source>
            <translation>entraîner un réseau dans le terminal</translation>
        </message>
        <message>
            <source>override the project's epochs</source>
            <translation>remplacer le nombre d'époques du projet</translation>
        </message>
        <message>
            <source>override the project's batch size</source>
            <translation>remplacer la taille de lot du projet</translation>
        </message>
        <message>
            <source>override the project's random seed</source>
            <translation>remplacer la graine aléatoire du projet</translation>
        </message>
        <message>
            <source>use only this many training examples</source>
            <translation>n'utiliser que ce nombre d'exemples d'entraînement</translation>
        </message>
        <message>
            <source>use only this many test examples</source>
            <translation>n'utiliser que ce nombre d'exemples de test</translation>
        </message>
        <message>
            <source>save the trained model here</source>
            <translation>enregistrer ici le modèle entraîné</translation>
        </message>
        <message>
            <source>keep the finished run in the project file, as the window does</source>
            <translation>garder l'essai terminé dans le fichier de projet, comme le fait la fenêtre</translation>
        </message>
        <message>
            <source>lessons and challenges: list, check, grade</source>
            <translation>leçons et défis : lister, vérifier, noter</translation>
        </message>
        <message>
            <source>the built-in lessons and challenges</source>
            <translation>les leçons et défis intégrés</translation>
        </message>
        <message>
            <source>check a lesson file a teacher wrote</source>
            <translation>vérifier un fichier de leçon écrit par un professeur</translation>
        </message>
        <message>
            <source>a lesson file (.nnlesson)</source>
            <translation>un fichier de leçon (.nnlesson)</translation>
        </message>
        <message>
            <source>grade handed-in projects against a lesson</source>
            <translation>noter des projets rendus d'après une leçon</translation>
        </message>
        <message>
            <source>a lesson file, or a built-in lesson's name</source>
            <translation>un fichier de leçon, ou le nom d'une leçon intégrée</translation>
        </message>
        <message>
            <source>project files, or folders of them</source>
            <translation>des fichiers de projet, ou des dossiers qui en contiennent</translation>
        </message>
        <message>
            <source>also write the table for a spreadsheet</source>
            <translation>écrire aussi le tableau pour un tableur</translation>
        </message>
        <message>
            <source>expected a whole number of at least {minimum}, received {text!r}</source>
            <translation>il faut un nombre entier valant au moins {minimum} ; reçu {text!r}</translation>
        </message>
        <message>
            <source>nnstudio: there is no screen to open the window on (DISPLAY is not set); the command line works without one.</source>
            <translation>nnstudio : il n'y a pas d'écran où ouvrir la fenêtre (DISPLAY n'est pas défini) ; la ligne de commande marche sans écran.</translation>
        </message>
        <message>
            <source>nnstudio {version}: learn neural networks by building them.</source>
            <translation>nnstudio {version} : apprends les réseaux de neurones en les construisant.</translation>
        </message>
        <message>
            <source>Built-in networks:</source>
            <translation>Réseaux intégrés :</translation>
        </message>
        <message>
            <source>Try:</source>
            <translation>Essaie :</translation>
        </message>
        <message>
            <source>Run 'nnstudio --help' for every command.</source>
            <translation>Lance 'nnstudio --help' pour voir toutes les commandes.</translation>
        </message>
        <message>
            <source>expected one of {codes}, or {system}; received {text!r}</source>
            <translation>il faut une valeur parmi {codes}, ou {system} ; reçu {text!r}</translation>
        </message>
        <message>
            <source>nnstudio: expected a translation into {language} ({code}) in this installation, found none; speaking {spoken} instead.</source>
            <translation>nnstudio : cette installation devait contenir une traduction pour la langue {language} ({code}), mais aucune n'a été trouvée ; {spoken} sera utilisé à la place.</translation>
        </message>
        <message>
            <source>nnstudio: stopped.</source>
            <translation>nnstudio : arrêté.</translation>
        </message>
        <message>
            <source>nnstudio: something unexpected went wrong; this is a bug in nnstudio, not something you did. The details are in {path}.</source>
            <translation>nnstudio : quelque chose d'inattendu s'est produit ; c'est un bug de nnstudio, pas quelque chose que tu as fait. Les détails sont dans {path}.</translation>
        </message>
        <message>
            <source>nnstudio: something unexpected went wrong; this is a bug in nnstudio, not something you did.</source>
            <translation>nnstudio : quelque chose d'inattendu s'est produit ; c'est un bug de nnstudio, pas quelque chose que tu as fait.</translation>
        </message>
    </context>
    <context>
        <name>CompareRuns</name>
        <message>
            <source>on</source>
            <extracomment>The parts of a project a run's settings keep (not its name, description or runs).</extracomment>
            <translation>activé</translation>
        </message>
        <message>
            <source>off</source>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>{setting} {old} → {new}</source>
            <extracomment>A change from one run to the next: "neurons 128 → 32".</extracomment>
            <translation>{setting} {old} → {new}</translation>
        </message>
        <message>
            <source>Layer {number} ({kind})</source>
            <translation>Couche {number} ({kind})</translation>
        </message>
        <message>
            <source>{kind} (layer {number}) removed</source>
            <translation>{kind} (couche {number}) retirée</translation>
        </message>
        <message>
            <source>{kind} added as layer {number}</source>
            <translation>{kind} ajoutée comme couche {number}</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>{layer}: {change}</source>
            <translation>{layer} : {change}</translation>
        </message>
        <message>
            <source>loss: {old} → {new}</source>
            <translation>perte : {old} → {new}</translation>
        </message>
        <message>
            <source>metrics</source>
            <translation>métriques</translation>
        </message>
        <message>
            <source>data: {old} → {new}</source>
            <translation>données : {old} → {new}</translation>
        </message>
        <message>
            <source>preprocessing: {old} → {new}</source>
            <translation>prétraitement : {old} → {new}</translation>
        </message>
        <message>
            <source>data file {old} → {new}</source>
            <translation>fichier de données {old} → {new}</translation>
        </message>
        <message>
            <source>the first run kept</source>
            <translation>le premier essai gardé</translation>
        </message>
        <message>
            <source>settings not recorded (a run from an older nnstudio)</source>
            <translation>réglages non enregistrés (essai fait avec une ancienne version de nnstudio)</translation>
        </message>
        <message>
            <source>the same settings</source>
            <translation>les mêmes réglages</translation>
        </message>
    </context>
    <context>
        <name>Confusion</name>
        <message>
            <source>predicted {name}: the network answered {name}.</source>
            <translation>prédit {name} : le réseau a répondu {name}.</translation>
        </message>
        <message>
            <source>true {name}</source>
            <translation>vrai {name}</translation>
        </message>
        <message>
            <source>{count} of the {total} test digits that are {true} were answered {predicted} (right): {share} of that row.</source>
            <translation>Sur les {total} chiffres de test qui sont des {true}, le réseau a répondu {predicted} pour {count} (bonne réponse) : {share} de cette ligne de la matrice.</translation>
        </message>
        <message>
            <source>{count} of the {total} test digits that are {true} were answered {predicted} (wrong): {share} of that row.</source>
            <translation>Sur les {total} chiffres de test qui sont des {true}, le réseau a répondu {predicted} pour {count} (erreur) : {share} de cette ligne de la matrice.</translation>
        </message>
        <message>
            <source>{count} of the {total} test pictures that are {true} were answered {predicted} (right): {share} of that row.</source>
            <translation>Sur les {total} images de test de la classe {true}, le réseau a répondu {predicted} pour {count} (bonne réponse) : {share} de cette ligne de la matrice.</translation>
        </message>
        <message>
            <source>{count} of the {total} test pictures that are {true} were answered {predicted} (wrong): {share} of that row.</source>
            <translation>Sur les {total} images de test de la classe {true}, le réseau a répondu {predicted} pour {count} (erreur) : {share} de cette ligne de la matrice.</translation>
        </message>
        <message>
            <source>{count} of the {total} test rows that are {true} were answered {predicted} (right): {share} of that row.</source>
            <translation>Sur les {total} lignes de test de la classe {true}, le réseau a répondu {predicted} pour {count} (bonne réponse) : {share} de cette ligne de la matrice.</translation>
        </message>
        <message>
            <source>{count} of the {total} test rows that are {true} were answered {predicted} (wrong): {share} of that row.</source>
            <translation>Sur les {total} lignes de test de la classe {true}, le réseau a répondu {predicted} pour {count} (erreur) : {share} de cette ligne de la matrice.</translation>
        </message>
        <message>
            <source>{count} of the {total} test examples that are {true} were answered {predicted} (right): {share} of that row.</source>
            <translation>Sur les {total} exemples de test de la classe {true}, le réseau a répondu {predicted} pour {count} (bonne réponse) : {share} de cette ligne de la matrice.</translation>
        </message>
        <message>
            <source>{count} of the {total} test examples that are {true} were answered {predicted} (wrong): {share} of that row.</source>
            <translation>Sur les {total} exemples de test de la classe {true}, le réseau a répondu {predicted} pour {count} (erreur) : {share} de cette ligne de la matrice.</translation>
        </message>
        <message>
            <source>The test digits that really are {name}.</source>
            <translation>Les chiffres de test qui sont vraiment des {name}.</translation>
        </message>
        <message>
            <source>The test pictures that really are {name}.</source>
            <translation>Les images de test qui sont vraiment de la classe {name}.</translation>
        </message>
        <message>
            <source>The test rows that really are {name}.</source>
            <translation>Les lignes de test qui sont vraiment de la classe {name}.</translation>
        </message>
        <message>
            <source>The test examples that really are {name}.</source>
            <translation>Les exemples de test qui sont vraiment de la classe {name}.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>nnstudio ran into a problem</source>
            <translation>nnstudio a rencontré un problème</translation>
        </message>
        <message>
            <source>&lt;b&gt;Something unexpected went wrong inside nnstudio.&lt;/b&gt;&lt;br&gt;This is a bug in nnstudio, not something you did. Your project is still open; save it under a new name to be safe. If you tell your teacher, copy the report below and send it along.</source>
            <translation>&lt;b&gt;Une erreur inattendue s'est produite dans nnstudio.&lt;/b&gt;&lt;br&gt;C'est un bug de nnstudio, pas quelque chose que tu as fait. Ton projet est toujours ouvert ; par sécurité, enregistre-le sous un nouveau nom. Si tu préviens ton professeur, copie le rapport ci-dessous et envoie-le-lui.</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Copier le rapport</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Ouvrir le dossier des journaux</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copié</translation>
        </message>
    </context>
    <context>
        <name>CsvFile</name>
        <message>
            <source>Choose which column of the CSV file holds the label.</source>
            <extracomment>Enough of the file to hold its header row. Read-only: the table is shared by everyone who reads the same file (see read_csv). Class numbers 0..K-1, numbering the sorted distinct labels. Rows left out because a value was missing (only when the project skips such rows). The last table read, by the file (and its modification time) and the settings it was read with: the app describes the data, then loads it, and a big file takes seconds to read.</extracomment>
            <translation>Choisis quelle colonne du fichier CSV contient l'étiquette.</translation>
        </message>
        <message>
            <source>1 row with missing values was skipped.</source>
            <translation>1 ligne avec des valeurs manquantes a été ignorée.</translation>
        </message>
        <message>
            <source>{count:,} rows with missing values were skipped.</source>
            <translation>{count:,} lignes avec des valeurs manquantes ont été ignorées.</translation>
        </message>
    </context>
    <context>
        <name>DataPreviewTab</name>
        <message>
            <source>Class</source>
            <extracomment>How many digits and table rows are shown. (n, 28, 28) uint8 pictures, or None for a table. What the rows are, for the title: "training" (training rows) or "file" (rows of the file).</extracomment>
            <translation>Classe</translation>
        </message>
        <message>
            <source>The dataset must be one of {names}: found {found}.</source>
            <translation>Le jeu de données doit être une valeur parmi {names} ; trouvé : {found}.</translation>
        </message>
        <message>
            <source>MNIST is not on this computer yet: Keras will download it when training starts (about 11 MB), or choose an MNIST .npz file or IDX folder.</source>
            <translation>MNIST n'est pas encore sur cet ordinateur : Keras le téléchargera au début de l'entraînement (environ 11 Mo). Tu peux aussi choisir un fichier MNIST .npz ou un dossier IDX.</translation>
        </message>
        <message>
            <source>While loading, each picture is laid out as one row of {count} numbers (Flatten inputs is on).</source>
            <translation>Au chargement, chaque image est étalée en une rangée de {count} nombres (la case « Aplatir les entrées » est cochée).</translation>
        </message>
        <message>
            <source>Input {number}</source>
            <translation>Entrée {number}</translation>
        </message>
        <message>
            <source>Feature {number}</source>
            <translation>Caractéristique {number}</translation>
        </message>
        <message>
            <source>The CSV file {name}: {rows} rows, {features} features and {classes} classes in the column "{column}".</source>
            <translation>Le fichier CSV {name} : {rows} lignes, {features} caractéristiques et {classes} classes dans la colonne « {column} ».</translation>
        </message>
        <message>
            <source>{column} (class)</source>
            <translation>{column} (classe)</translation>
        </message>
        <message>
            <source>The first training pictures with their labels</source>
            <translation>Les premières images d'entraînement avec leurs étiquettes</translation>
        </message>
        <message>
            <source>The data as the network will see it</source>
            <translation>Les données telles que le réseau les verra</translation>
        </message>
        <message>
            <source>The first training rows with their class</source>
            <translation>Les premières lignes d'entraînement avec leur classe</translation>
        </message>
        <message>
            <source>Loading the data…</source>
            <translation>Chargement des données…</translation>
        </message>
        <message>
            <source>Unknown dataset</source>
            <translation>Jeu de données inconnu</translation>
        </message>
        <message>
            <source>The data could not be read: {error}</source>
            <translation>Les données n'ont pas pu être lues : {error}</translation>
        </message>
        <message numerus="yes">
            <source>{dataset}: the first %n training picture(s)</source>
            <translation>
                <numerusform>{dataset} : %n image d'entraînement (la première)</numerusform>
                <numerusform>{dataset} : les %n premières images d'entraînement</numerusform>
            </translation>
        </message>
        <message>
            <source>This picture is labelled {label}.</source>
            <translation>Cette image est étiquetée {label}.</translation>
        </message>
        <message numerus="yes">
            <source>{dataset}: the first %n row(s) of the file</source>
            <translation>
                <numerusform>{dataset} : %n ligne du fichier (la première)</numerusform>
                <numerusform>{dataset} : les %n premières lignes du fichier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{dataset}: the first %n training row(s)</source>
            <translation>
                <numerusform>{dataset} : %n ligne d'entraînement (la première)</numerusform>
                <numerusform>{dataset} : les %n premières lignes d'entraînement</numerusform>
            </translation>
        </message>
        <message>
            <source>The class this row is labelled with: what the network should answer.</source>
            <translation>La classe de cette ligne : ce que le réseau devrait répondre.</translation>
        </message>
    </context>
    <context>
        <name>DataReaders</name>
        <message>
            <source>{path} does not exist: expected a CSV file.</source>
            <extracomment>What the readers of csvfile.py, idx.py and mnist.py say, as they say it, with a named placeholder for each value they put in. Where a sentence differs by a few words (a variant of a reader's sentence, "1 data row" and "0 data rows"), each variant is written out. A message is taken for the first sentence it fits, so the more particular come first (the variant with more words; mnist.py's "In {where}, …" before idx.py's sentences, which would fit them too).</extracomment>
            <translation>{path} n'existe pas : il faut un fichier CSV.</translation>
        </message>
        <message>
            <source>{path} is a folder: expected a CSV file.</source>
            <translation>{path} est un dossier : il faut un fichier CSV.</translation>
        </message>
        <message>
            <source>{path} is not a file but a pipe, a device or a socket: expected a CSV file.</source>
            <translation>{path} n'est pas un fichier, mais un tube, un périphérique ou un socket : il faut un fichier CSV.</translation>
        </message>
        <message>
            <source>{name} has 0 data rows ({skipped} more had missing values and were skipped): expected at least 2 below the header.</source>
            <translation>{name} n'a aucune ligne de données (lignes ignorées à cause de valeurs manquantes : {skipped}) : il en faut au moins 2 sous l'en-tête.</translation>
        </message>
        <message>
            <source>{name} has 1 data row ({skipped} more had missing values and were skipped): expected at least 2 below the header.</source>
            <translation>{name} n'a qu'une ligne de données (lignes ignorées à cause de valeurs manquantes : {skipped}) : il en faut au moins 2 sous l'en-tête.</translation>
        </message>
        <message>
            <source>{name} has 0 data rows: expected at least 2 below the header.</source>
            <translation>{name} n'a aucune ligne de données : il en faut au moins 2 sous l'en-tête.</translation>
        </message>
        <message>
            <source>{name} has 1 data row: expected at least 2 below the header.</source>
            <translation>{name} n'a qu'une ligne de données : il en faut au moins 2 sous l'en-tête.</translation>
        </message>
        <message>
            <source>Row {row}, column "{column}" of {name} holds a number too large for the network: expected numbers between -3.4e38 and 3.4e38.</source>
            <translation>Ligne {row}, la colonne « {column} » de {name} contient un nombre trop grand pour le réseau : il faut des nombres entre -3.4e38 et 3.4e38.</translation>
        </message>
        <message>
            <source>The label column "{label_column}" of {name} holds only the class "{class_name}": expected at least 2 different labels.</source>
            <translation>La colonne d'étiquette « {label_column} » de {name} ne contient que la classe « {class_name} » : il faut au moins 2 étiquettes différentes.</translation>
        </message>
        <message>
            <source>Row {row} of {name} has {cells} cells: expected {columns}, one for each column of the header.</source>
            <translation>La ligne {row} de {name} a {cells} cellules : il en faut {columns}, une pour chaque colonne de l'en-tête.</translation>
        </message>
        <message>
            <source>Row {row}, label column "{column}" of {name} is empty: expected a class label.</source>
            <translation>Ligne {row}, la colonne d'étiquette « {column} » de {name} est vide : il faut une étiquette de classe.</translation>
        </message>
        <message>
            <source>Row {row} of {name} has a cell of more than {limit} characters: expected numbers and short labels. A quote mark (") that is never closed turns the rest of the file into one cell.</source>
            <translation>La ligne {row} de {name} a une cellule de plus de {limit} caractères : il faut des nombres et des étiquettes courtes. Un guillemet (") jamais fermé transforme tout le reste du fichier en une seule cellule.</translation>
        </message>
        <message>
            <source>Row {row} of {name} has a quote mark (") that is never closed: expected a closing quote mark at the end of the cell, found the end of the file.</source>
            <translation>La ligne {row} de {name} contient un guillemet (") qui n'est jamais fermé : il faut un guillemet fermant à la fin de la cellule, mais le fichier se termine avant.</translation>
        </message>
        <message>
            <source>Row {row} of {name} is not valid CSV ({error}): expected cells separated by commas or semicolons, a quoted cell ending with a quote mark (") before the next one.</source>
            <translation>La ligne {row} de {name} n'est pas du CSV valide ({error}) : il faut des cellules séparées par des virgules ou des points-virgules, et une cellule entre guillemets doit se terminer par un guillemet (") avant la suivante.</translation>
        </message>
        <message>
            <source>{name} is empty: expected a header row naming the columns.</source>
            <translation>{name} est vide : il faut une ligne d'en-tête qui nomme les colonnes.</translation>
        </message>
        <message>
            <source>{name} has no header row: expected the first row to name the columns, found {cells}.</source>
            <translation>{name} n'a pas de ligne d'en-tête : la première ligne doit nommer les colonnes, mais elle contient {cells}.</translation>
        </message>
        <message>
            <source>{name} has only one column ("{column}"): expected feature columns and a label column, separated by commas or semicolons.</source>
            <translation>{name} n'a qu'une seule colonne (« {column} ») : il faut des colonnes de caractéristiques et une colonne d'étiquette, séparées par des virgules ou des points-virgules.</translation>
        </message>
        <message>
            <source>{name} has no column called "{wanted}": expected one of its columns, which are {columns} and {more} more.</source>
            <translation>{name} n'a pas de colonne nommée « {wanted} » : choisis l'une de ses colonnes, qui sont {columns} et {more} autres.</translation>
        </message>
        <message>
            <source>{name} has no column called "{wanted}": expected one of its columns, which are {columns}.</source>
            <translation>{name} n'a pas de colonne nommée « {wanted} » : choisis l'une de ses colonnes, qui sont {columns}.</translation>
        </message>
        <message>
            <source>{name} has {count} columns called "{wanted}": expected exactly one, so the label column is clear.</source>
            <translation>{name} a {count} colonnes nommées « {wanted} » : il en faut exactement une, pour que la colonne d'étiquette soit claire.</translation>
        </message>
        <message>
            <source>Row {row}, column {number} (no name) of {name} is empty: expected a number.</source>
            <translation>Ligne {row}, la colonne {number} (sans nom) de {name} est vide : il faut un nombre.</translation>
        </message>
        <message>
            <source>Row {row}, column "{column}" of {name} is empty: expected a number.</source>
            <translation>Ligne {row}, la colonne « {column} » de {name} est vide : il faut un nombre.</translation>
        </message>
        <message>
            <source>Row {row}, column {number} (no name) of {name} holds "{cell}": expected a number.</source>
            <translation>Ligne {row}, la colonne {number} (sans nom) de {name} contient « {cell} » : il faut un nombre.</translation>
        </message>
        <message>
            <source>Row {row}, column "{column}" of {name} holds "{cell}": expected a number.</source>
            <translation>Ligne {row}, la colonne « {column} » de {name} contient « {cell} » : il faut un nombre.</translation>
        </message>
        <message>
            <source>The downloaded file is not MNIST: expected SHA-256 {expected}, received {received}.</source>
            <translation>Le fichier téléchargé n'est pas MNIST : SHA-256 attendu {expected}, reçu {received}.</translation>
        </message>
        <message>
            <source>{path} is not an .npz file: expected a NumPy .npz archive (a zip file), found something else or a file that is cut short.</source>
            <translation>{path} n'est pas un fichier .npz : il faut une archive NumPy .npz (un fichier zip), mais c'est autre chose, ou un fichier tronqué.</translation>
        </message>
        <message>
            <source>{path} could not be opened as an .npz archive: expected NumPy arrays, found a damaged file ({error}).</source>
            <translation>{path} n'a pas pu être ouvert comme archive .npz : il faut des tableaux NumPy, mais le fichier est endommagé ({error}).</translation>
        </message>
        <message>
            <source>{path} is missing {missing}: expected the arrays {expected}, found none.</source>
            <translation>Il manque {missing} dans {path} : il faut les tableaux {expected}, et il n'y en a aucun.</translation>
        </message>
        <message>
            <source>{path} is missing {missing}: expected the arrays {expected}, found {found}.</source>
            <translation>Il manque {missing} dans {path} : il faut les tableaux {expected}, et il n'y a que {found}.</translation>
        </message>
        <message>
            <source>{path} is damaged: expected readable arrays {expected}, found one that cannot be read ({error}).</source>
            <translation>{path} est endommagé : il faut des tableaux lisibles {expected}, mais l'un d'eux ne peut pas être lu ({error}).</translation>
        </message>
        <message>
            <source>In {where}, {array} has shape {shape}: expected 28 by 28 pictures, shape (number of pictures, 28, 28).</source>
            <translation>Dans {where}, {array} a la forme {shape} : il faut des images de 28 sur 28, de forme (nombre d'images, 28, 28).</translation>
        </message>
        <message>
            <source>In {where}, {array} holds {dtype} numbers: expected uint8 pixels 0 to 255.</source>
            <translation>Dans {where}, {array} contient des nombres de type {dtype} : il faut des pixels uint8 de 0 à 255.</translation>
        </message>
        <message>
            <source>In {where}, {array} holds no pictures: expected at least one.</source>
            <translation>Dans {where}, {array} ne contient aucune image : il en faut au moins une.</translation>
        </message>
        <message>
            <source>In {where}, {array} has shape {shape}: expected one label per picture, shape ({count},).</source>
            <translation>Dans {where}, {array} a la forme {shape} : il faut une étiquette par image, de forme ({count},).</translation>
        </message>
        <message>
            <source>In {where}, {array} holds {dtype} values: expected whole-number labels 0 to 9.</source>
            <translation>Dans {where}, {array} contient des valeurs de type {dtype} : il faut des étiquettes entières de 0 à 9.</translation>
        </message>
        <message>
            <source>In {where}, {images} has {pictures} pictures but {array} has {labels} labels: expected one label per picture.</source>
            <translation>Dans {where}, {images} a {pictures} images mais {array} a {labels} étiquettes : il faut une étiquette par image.</translation>
        </message>
        <message>
            <source>In {where}, {array} has the label {label} (example {example}): expected labels 0 to 9.</source>
            <translation>Dans {where}, {array} contient l'étiquette {label} (exemple {example}) : il faut des étiquettes de 0 à 9.</translation>
        </message>
        <message>
            <source>The folder {folder} holds none of the MNIST files: expected the four MNIST files {expected} (each may end in .gz).</source>
            <translation>Le dossier {folder} ne contient aucun des fichiers MNIST : il faut les quatre fichiers MNIST {expected} (chacun peut se terminer par .gz).</translation>
        </message>
        <message>
            <source>The folder {folder} is missing {missing}: expected the four MNIST files {expected} (each may end in .gz).</source>
            <translation>Il manque {missing} dans le dossier {folder} : il faut les quatre fichiers MNIST {expected} (chacun peut se terminer par .gz).</translation>
        </message>
        <message>
            <source>{images_file} has {pictures} pictures but {labels_file} has {labels} labels: expected one label per picture.</source>
            <translation>{images_file} a {pictures} images mais {labels_file} a {labels} étiquettes : il faut une étiquette par image.</translation>
        </message>
        <message>
            <source>{name} holds pictures of {rows} by {columns} pixels: expected 28 by 28.</source>
            <translation>{name} contient des images de {rows} sur {columns} pixels : il faut du 28 sur 28.</translation>
        </message>
        <message>
            <source>{name} has the label {label} (example {example}): expected labels 0 to 9.</source>
            <translation>{name} contient l'étiquette {label} (exemple {example}) : il faut des étiquettes de 0 à 9.</translation>
        </message>
        <message>
            <source>{name} is a damaged gzip file: expected a complete compressed IDX file, found one that is cut short or corrupt.</source>
            <translation>{name} est un fichier gzip endommagé : il faut un fichier IDX compressé complet, mais celui-ci est tronqué ou corrompu.</translation>
        </message>
        <message>
            <source>{name} is too short to be an MNIST image file: expected at least {size} bytes, found {found}.</source>
            <translation>{name} est trop court pour être un fichier d'images MNIST : il faut au moins {size} octets, il n'y en a que {found}.</translation>
        </message>
        <message>
            <source>{name} is too short to be an MNIST label file: expected at least {size} bytes, found {found}.</source>
            <translation>{name} est trop court pour être un fichier d'étiquettes MNIST : il faut au moins {size} octets, il n'y en a que {found}.</translation>
        </message>
        <message>
            <source>{name} is not an MNIST image file: expected magic number {magic}, found {found}.</source>
            <translation>{name} n'est pas un fichier d'images MNIST : il devrait commencer par le nombre magique {magic}, mais on trouve {found}.</translation>
        </message>
        <message>
            <source>{name} is not an MNIST label file: expected magic number {magic}, found {found}.</source>
            <translation>{name} n'est pas un fichier d'étiquettes MNIST : il devrait commencer par le nombre magique {magic}, mais on trouve {found}.</translation>
        </message>
        <message>
            <source>{name} is truncated: expected a header of {size} bytes, found {found}.</source>
            <translation>{name} est tronqué : il faut un en-tête de {size} octets, il n'y en a que {found}.</translation>
        </message>
        <message>
            <source>{name} is truncated: expected {expected} bytes of pixels after the header, found {found}.</source>
            <translation>{name} est tronqué : il faut {expected} octets de pixels après l'en-tête, il n'y en a que {found}.</translation>
        </message>
        <message>
            <source>{name} is truncated: expected {expected} labels after the header, found {found}.</source>
            <translation>{name} est tronqué : il faut {expected} étiquettes après l'en-tête, il n'y en a que {found}.</translation>
        </message>
        <message>
            <source>{name} is longer than its header says: expected {expected} bytes of pixels after the header, found {found}.</source>
            <translation>{name} est plus long que ce qu'annonce son en-tête : il faut {expected} octets de pixels après l'en-tête, il y en a {found}.</translation>
        </message>
        <message>
            <source>{name} is longer than its header says: expected {expected} labels after the header, found {found}.</source>
            <translation>{name} est plus long que ce qu'annonce son en-tête : il faut {expected} étiquettes après l'en-tête, il y en a {found}.</translation>
        </message>
        <message>
            <source>The CSV file could not be read: expected rows of cells separated by commas or semicolons, found a problem the CSV reader describes as: {problem}.</source>
            <extracomment>What a placeholder stands for, where it is narrower than "any text": a row's number and an array's name (x_train).</extracomment>
            <translation>Le fichier CSV n'a pas pu être lu : il faut des lignes de cellules séparées par des virgules ou des points-virgules, mais le lecteur CSV signale ce problème : {problem}.</translation>
        </message>
    </context>
    <context>
        <name>DatasetLoading</name>
        <message>
            <source>MNIST will be downloaded from the internet: no copy is on this computer.</source>
            <extracomment>The catalog key: "mnist", "xor", "features8" or "csv". float32, preprocessed, flattened if the spec says so. int64 class numbers 0..K-1 (turn them into what the loss wants with ``encode_labels``). One sentence for the user: where the data came from. The file or folder actually read; None for generated or downloaded data. "bundled", "keras-cache", "npz", "idx", "download", "generated" or "csv". The preprocessing fitted on the training set, for new inputs such as a drawn digit (after flattening, if the spec flattens). The test inputs as read, before flattening and preprocessing (for showing them). What validation needs to know about the data, found without loading it all: the shape of one example (after flattening), the number of classes and their names. One type, shared with the validator.</extracomment>
            <translation>MNIST va être téléchargé depuis Internet : il n'y en a aucune copie sur cet ordinateur.</translation>
        </message>
        <message>
            <source>{path} does not exist: expected a CSV file.</source>
            <translation>{path} n'existe pas : il faut un fichier CSV.</translation>
        </message>
        <message>
            <source>Choose a file for {dataset}.</source>
            <translation>Choisis un fichier pour {dataset}.</translation>
        </message>
        <message>
            <source>The dataset must be one of {datasets}: found {name!r}.</source>
            <translation>Le jeu de données doit être l'un de ceux-ci : {datasets}. Trouvé : {name!r}.</translation>
        </message>
        <message>
            <source>The test share must be a number from 0 up to (but not including) 1: found {value!r}.</source>
            <translation>La part de test doit être un nombre de 0 à 1 (1 non compris) : trouvé {value!r}.</translation>
        </message>
        <message>
            <source>The train limit must be a whole number of at least 0 (0 uses all examples): found {value!r}.</source>
            <translation>La limite d'entraînement doit être un nombre entier d'au moins 0 (0 utilise tous les exemples) : trouvé {value!r}.</translation>
        </message>
        <message>
            <source>The test limit must be a whole number of at least 0 (0 uses all examples): found {value!r}.</source>
            <translation>La limite de test doit être un nombre entier d'au moins 0 (0 utilise tous les exemples) : trouvé {value!r}.</translation>
        </message>
        <message>
            <source>The XOR truth table: four rows, used both for training and for testing.</source>
            <translation>La table de vérité XOR : quatre lignes, utilisées à la fois pour l'entraînement et pour le test.</translation>
        </message>
        <message>
            <source>{examples:,} generated examples with 8 features in 4 classes (the same every time): {train:,} for training and {test:,} for testing.</source>
            <translation>{examples:,} exemples générés avec 8 caractéristiques dans 4 classes (toujours les mêmes) : {train:,} pour l'entraînement et {test:,} pour le test.</translation>
        </message>
        <message>
            <source>The CSV file {path}: {rows}, {features} and {classes} in the column "{column}", {train} for training and {test:,} for testing.</source>
            <translation>Le fichier CSV {path} : {rows}, {features} et {classes} dans la colonne « {column} », {train} pour l'entraînement et {test:,} pour le test.</translation>
        </message>
        <message numerus="yes">
            <source>{count:,} feature(s)</source>
            <translation>
                <numerusform>{count:,} caractéristique</numerusform>
                <numerusform>{count:,} caractéristiques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count:,} class(es)</source>
            <translation>
                <numerusform>{count:,} classe</numerusform>
                <numerusform>{count:,} classes</numerusform>
            </translation>
        </message>
        <message>
            <source>With a test share of {share:g}, none of the {rows} rows of the generated data are left for training: expected a smaller test share or more rows.</source>
            <translation>Avec une part de test de {share:g}, aucune des {rows} lignes des données générées ne reste pour l'entraînement : il faut une part de test plus petite ou plus de lignes.</translation>
        </message>
        <message>
            <source>With a test share of {share:g}, none of the {rows} rows of {file} are left for training: expected a smaller test share or more rows.</source>
            <translation>Avec une part de test de {share:g}, aucune des {rows} lignes de {file} ne reste pour l'entraînement : il faut une part de test plus petite ou plus de lignes.</translation>
        </message>
        <message numerus="yes">
            <source>{count:,} row(s)</source>
            <translation>
                <numerusform>{count:,} ligne</numerusform>
                <numerusform>{count:,} lignes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Diagram</name>
        <message>
            <source>Network diagram</source>
            <extracomment>At most this many neurons are drawn in one column (an ellipsis stands for the rest). At most this many feature maps are drawn in one stack. The band colour of each kind the catalog draws as a marker (a test checks none is missing). Index of the layer in the stack. The layer's kind ("Dense", "Conv2D", ...). "neurons", "maps" (pictures, feature maps), "marker" (a band) or "unknown" (no shape). The whole slot, label included: clicking anywhere in it selects the layer. The true number of neurons (for "neurons") or of feature maps (for "maps"). Which neurons are drawn (their indices in the layer), top to bottom. The centres of the drawn neurons, in the order of ``units``. Where the vertical ellipsis goes, when not every neuron is drawn. The feature-map squares, back to front. Height and width of one feature map. The band of a marker, or the box of an unknown column. "data", "hidden" or "output": which colours the neurons get. Written under the column: the true count of an elided column, or a picture's size. The trained weight, when weights are known for this layer. A drawn neuron was double-clicked: the layer's index in the stack and the neuron's.</extracomment>
            <translation>Schéma du réseau</translation>
        </message>
        <message>
            <source>No layers yet.</source>
            <translation>Pas encore de couches.</translation>
        </message>
        <message>
            <source>Double-click a neuron to see its arithmetic (once the network is trained).</source>
            <translation>Double-clique sur un neurone pour voir son calcul (une fois le réseau entraîné).</translation>
        </message>
        <message>
            <source>Output shape: {shape}</source>
            <translation>Forme de sortie : {shape}</translation>
        </message>
        <message>
            <source>Add layers from the palette to see the network here.</source>
            <translation>Ajoute des couches depuis la palette pour voir le réseau ici.</translation>
        </message>
        <message numerus="yes">
            <source>%n map(s)</source>
            <translation>
                <numerusform>%n carte</numerusform>
                <numerusform>%n cartes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrawDigit</name>
        <message>
            <source>Train a network on MNIST digits first; then draw one here.</source>
            <extracomment>The drawing is kept at this resolution whatever the widget's size: ten canvas pixels to one MNIST pixel. A round pen this wide: a digit drawn about as tall as the box, scaled down to MNIST's 20 pixels, gets strokes about 2 pixels wide, like MNIST's. ``drawing_changed`` is sent at most this often while drawing (milliseconds). The network's view of the digit is drawn this many screen pixels per pixel.</extracomment>
            <translation>Entraîne d'abord un réseau sur les chiffres MNIST ; ensuite, dessines-en un ici.</translation>
        </message>
        <message>
            <source>Draw a digit in the box.</source>
            <translation>Dessine un chiffre dans le cadre.</translation>
        </message>
        <message>
            <source>Drawing pad</source>
            <extracomment>Below this confidence the sentence says the network is unsure. The drawing changed: sent while drawing (at most every ``THROTTLE_MS``), and at once when a stroke ends, on :meth:`clear` and on :meth:`set_image`.</extracomment>
            <translation>Zone de dessin</translation>
        </message>
        <message>
            <source>Draw a digit here with the mouse or a pen.</source>
            <translation>Dessine un chiffre ici avec la souris ou un stylet.</translation>
        </message>
        <message>
            <source>Draw a digit here with the mouse or a pen, as large as the box.</source>
            <translation>Dessine un chiffre ici avec la souris ou un stylet, aussi grand que le cadre.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Wipe the pad to draw another digit.</source>
            <translation>Effacer la zone pour dessiner un autre chiffre.</translation>
        </message>
        <message>
            <source>Draw one digit, large, in the middle of the black box. It is cut out, shrunk to 20 by 20 pixels and centred in 28 by 28, as MNIST's digits were.</source>
            <translation>Dessine un seul chiffre, en grand, au milieu du cadre noir. Il est découpé, réduit à 20 sur 20 pixels et centré dans un carré de 28 sur 28, comme les chiffres de MNIST.</translation>
        </message>
        <message>
            <source>The network's answer</source>
            <translation>La réponse du réseau</translation>
        </message>
        <message>
            <source>What the network sees (28 × 28 pixels):</source>
            <translation>Ce que voit le réseau (28 × 28 pixels) :</translation>
        </message>
        <message>
            <source>The drawing as the network sees it</source>
            <translation>Le dessin tel que le réseau le voit</translation>
        </message>
        <message>
            <source>Your drawing cut out, shrunk and centred: these 784 pixels go into the network.</source>
            <translation>Ton dessin découpé, réduit et centré : ces 784 pixels entrent dans le réseau.</translation>
        </message>
        <message>
            <source>How sure it is of each answer:</source>
            <translation>À quel point il est sûr de chaque réponse :</translation>
        </message>
        <message>
            <source>This network expects inputs of shape {shape}; a drawn digit is 28 × 28 pixels, so it cannot be tested here.</source>
            <translation>Ce réseau attend des entrées de forme {shape} ; un chiffre dessiné fait 28 × 28 pixels, il ne peut donc pas être testé ici.</translation>
        </message>
        <message>
            <source>The network could not answer: {error}</source>
            <translation>Le réseau n'a pas pu répondre : {error}</translation>
        </message>
        <message>
            <source>The network answered {numbers} numbers for {classes} classes, so its answer cannot be shown.</source>
            <translation>Le réseau a répondu {numbers} nombres pour {classes} classes, sa réponse ne peut donc pas être affichée.</translation>
        </message>
        <message>
            <source>{name}: {value}</source>
            <translation>{name} : {value}</translation>
        </message>
        <message>
            <source>{name}: no answer yet</source>
            <translation>{name} : pas encore de réponse</translation>
        </message>
        <message>
            <source>It's a {name} — {sure} sure.</source>
            <translation>C'est un {name} — sûr à {sure}.</translation>
        </message>
        <message>
            <source>Perhaps a {name}? Only {sure} sure.</source>
            <translation>Peut-être un {name} ? Sûr à {sure} seulement.</translation>
        </message>
    </context>
    <context>
        <name>Edits</name>
        <message>
            <source>layers</source>
            <comment>a setting, inside a sentence</comment>
            <translation>couches</translation>
        </message>
        <message>
            <source>loss</source>
            <comment>a setting, inside a sentence</comment>
            <translation>perte</translation>
        </message>
        <message>
            <source>optimizer</source>
            <comment>a setting, inside a sentence</comment>
            <translation>optimiseur</translation>
        </message>
        <message>
            <source>metrics</source>
            <comment>a setting, inside a sentence</comment>
            <translation>métriques</translation>
        </message>
        <message>
            <source>This step keeps {setting} as it is: {reason}</source>
            <extracomment>The selected layer's index, or -1 for none. A finished training run was added to the project. (sentence) an edit was refused: the setting is locked by the lesson's step. Which settings are locked changed (a lesson's step began or ended).</extracomment>
            <translation>Cette étape ne permet pas de modifier « {setting} » : {reason}</translation>
        </message>
        <message>
            <source>Delete run {number}</source>
            <translation>Supprimer l'essai {number}</translation>
        </message>
        <message>
            <source>Restore a run's settings</source>
            <translation>Restaurer les réglages d'un essai</translation>
        </message>
        <message>
            <source>Insert {layer}</source>
            <translation>Insérer {layer}</translation>
        </message>
        <message>
            <source>Delete {layer}</source>
            <translation>Supprimer {layer}</translation>
        </message>
        <message>
            <source>Move {layer}</source>
            <translation>Déplacer {layer}</translation>
        </message>
        <message>
            <source>Change {layer} {setting}</source>
            <translation>Modifier « {setting} » de {layer}</translation>
        </message>
        <message>
            <source>Change {setting}</source>
            <translation>Modifier « {setting} »</translation>
        </message>
        <message>
            <source>Change optimizer</source>
            <translation>Changer d'optimiseur</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The network has problems:
{problems}</source>
            <translation>Le réseau a des problèmes :
{problems}</translation>
        </message>
    </context>
    <context>
        <name>ExportCode</name>
        <message>
            <source>{title}: a Keras script exported from nnstudio.</source>
            <extracomment>The words of an exported script or notebook: its comments, docstrings and notebook text (the code itself stays as Keras has it).</extracomment>
            <translation>{title} : un script Keras exporté depuis nnstudio.</translation>
        </message>
        <message>
            <source>Load the data, then build, train and test (--strategy spreads the training).</source>
            <translation>Charger les données, puis construire, entraîner et tester (--strategy répartit l'entraînement).</translation>
        </message>
        <message>
            <source>A Keras notebook exported from nnstudio.</source>
            <translation>Un notebook Keras exporté depuis nnstudio.</translation>
        </message>
        <message>
            <source>Load the examples and prepare them exactly as nnstudio does, with the labels encoded as the loss needs them.</source>
            <translation>Charger les exemples et les préparer exactement comme nnstudio, avec les étiquettes encodées comme la perte en a besoin.</translation>
        </message>
        <message>
            <source>Build the network layer by layer and compile it with its loss and optimizer.</source>
            <translation>Construire le réseau couche par couche et le compiler avec sa perte et son optimiseur.</translation>
        </message>
        <message>
            <source>Train the network: each epoch works through all the training examples once.</source>
            <translation>Entraîner le réseau : chaque époque parcourt une fois tous les exemples d'entraînement.</translation>
        </message>
        <message>
            <source>Check the network on test examples it has never seen.</source>
            <translation>Vérifier le réseau sur des exemples de test qu'il n'a jamais vus.</translation>
        </message>
        <message>
            <source>The data</source>
            <translation>Les données</translation>
        </message>
        <message>
            <source>The model</source>
            <translation>Le modèle</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Entraînement</translation>
        </message>
        <message>
            <source>Testing</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Expected the format 'script' or 'notebook'. Received: {format}.</source>
            <translation>Il faut le format 'script' ou 'notebook'. Reçu : {format}.</translation>
        </message>
        <message>
            <source>Expected a file name ending in .py (a Python script) or .ipynb (a Jupyter notebook). Received: {name}.</source>
            <translation>Il faut un nom de fichier qui se termine par .py (un script Python) ou .ipynb (un notebook Jupyter). Reçu : {name}.</translation>
        </message>
        <message>
            <source>the weights are made once per device</source>
            <extracomment>The project's name, safe to show as text. Paragraphs saying where the code came from and what it does, safe to show as text. Top-level function definitions: the data functions, ``load_data``, then ``build_model``. The modules the copied data code imports.</extracomment>
            <translation>les poids sont créés une seule fois par appareil</translation>
        </message>
        <message>
            <source>The folder this script is in: the data travels beside it.</source>
            <translation>Le dossier où se trouve ce script : les données voyagent avec lui.</translation>
        </message>
        <message>
            <source>The folder this notebook is in (Jupyter runs it there): the data travels beside it.</source>
            <translation>Le dossier où se trouve ce notebook (Jupyter l'exécute là) : les données voyagent avec lui.</translation>
        </message>
        <message>
            <source>Layer 1 (Input): its shape is unknown. Set it, or choose data to take it from.</source>
            <translation>Couche 1 (Input) : sa forme est inconnue. Règle-la, ou choisis des données d'où la prendre.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>Made from the nnstudio template "{template}".</source>
            <translation>Créé à partir du modèle de départ nnstudio « {template} ».</translation>
        </message>
        <message>
            <source>It needs only numpy and Keras 3: it loads the same data, prepares it the same way and builds the same network as nnstudio, then trains it and prints how well it does on the test examples.</source>
            <translation>Il n'a besoin que de numpy et de Keras 3 : il charge les mêmes données, les prépare de la même façon et construit le même réseau que nnstudio, puis l'entraîne et affiche comment il s'en sort sur les exemples de test.</translation>
        </message>
        <message>
            <source>The functions before load_data() are nnstudio's own data code, copied in unchanged.</source>
            <translation>Les fonctions avant load_data() sont le code de données de nnstudio lui-même, recopié sans changement.</translation>
        </message>
    </context>
    <context>
        <name>ExportDataCode</name>
        <message>
            <source>MNIST is by Yann LeCun and Corinna Cortes, who make it available under the Creative Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0).</source>
            <extracomment>The words of the exported code (its comments, docstrings and notes; the code stays Keras). In English: :func:`mnist_credit` says it in the language spoken.</extracomment>
            <translation>MNIST est l'œuvre de Yann LeCun et Corinna Cortes, qui le mettent à disposition sous la licence Creative Commons Attribution - Partage dans les mêmes conditions 3.0 (CC BY-SA 3.0).</translation>
        </message>
        <message>
            <source>Each example laid out as one long row of numbers (784 for a digit).</source>
            <extracomment>The statements that load the data, as the script's main() and the notebook run them. Names the script defines itself, which no copied function or constant may take. A paragraph saying where the data comes from, safe to show as text. Standard-library modules the copied functions use (numpy is always imported). The copied functions' definitions, then ``load_data``.</extracomment>
            <translation>Chaque exemple étalé en une seule longue rangée de nombres (784 pour un chiffre).</translation>
        </message>
        <message>
            <source>The training and test examples, prepared exactly as nnstudio prepares them.</source>
            <translation>Les exemples d'entraînement et de test, préparés exactement comme nnstudio les prépare.</translation>
        </message>
        <message>
            <source>The data: the XOR truth table, whose four rows are used for training and testing.</source>
            <translation>Les données : la table de vérité XOR, dont les quatre lignes servent à l'entraînement et au test.</translation>
        </message>
        <message>
            <source>The four rows are all there is, so they are the test set too.</source>
            <translation>Les quatre lignes sont tout ce qu'il y a, donc elles servent aussi d'ensemble de test.</translation>
        </message>
        <message>
            <source>The data: 1,000 generated examples with 8 features in 4 classes, made by the same code as in nnstudio, so they are the very same numbers.</source>
            <translation>Les données : 1 000 exemples générés avec 8 caractéristiques en 4 classes, produits par le même code que dans nnstudio : ce sont exactement les mêmes nombres.</translation>
        </message>
        <message>
            <source>The data: a CSV file with a header row (CSV_PATH below); the column named in LABEL_COLUMN holds the labels, the other columns the features.</source>
            <translation>Les données : un fichier CSV avec une ligne d'en-tête (CSV_PATH ci-dessous) ; la colonne nommée dans LABEL_COLUMN contient les étiquettes, les autres colonnes les caractéristiques.</translation>
        </message>
        <message>
            <source>Rows with a missing value (an empty cell, NA, N/A, NaN, null or ?) are left out,
as in nnstudio.</source>
            <translation>Les lignes avec une valeur manquante (une case vide, NA, N/A, NaN, null ou ?) sont laissées de côté,
comme dans nnstudio.</translation>
        </message>
        <message>
            <source>The data: the MNIST handwritten digits, read from {name} beside this code (MNIST_PATH below), or downloaded from where Keras downloads it where that is missing.</source>
            <translation>Les données : les chiffres manuscrits MNIST, lus dans {name} à côté de ce code (MNIST_PATH ci-dessous), ou téléchargés depuis l'endroit où Keras les télécharge si ce fichier manque.</translation>
        </message>
        <message>
            <source>The data: the MNIST handwritten digits, downloaded from where Keras downloads it, as nnstudio found no copy on this computer.</source>
            <translation>Les données : les chiffres manuscrits MNIST, téléchargés depuis l'endroit où Keras les télécharge, car nnstudio n'en a trouvé aucune copie sur cet ordinateur.</translation>
        </message>
        <message>
            <source>The data: the MNIST handwritten digits, read from the same file as in nnstudio (MNIST_PATH below), or downloaded from where Keras downloads it where that file is missing.</source>
            <translation>Les données : les chiffres manuscrits MNIST, lus dans le même fichier que dans nnstudio (MNIST_PATH ci-dessous), ou téléchargés depuis l'endroit où Keras les télécharge si ce fichier manque.</translation>
        </message>
        <message>
            <source>The rows are shuffled with a fixed seed, then cut into training and test sets.</source>
            <translation>Les lignes sont mélangées avec une graine fixe, puis coupées en ensembles d'entraînement et de test.</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n training example(s), as set in nnstudio.</source>
            <translation>
                <numerusform>Seulement %n exemple d'entraînement (le premier), comme réglé dans nnstudio.</numerusform>
                <numerusform>Seulement les %n premiers exemples d'entraînement, comme réglé dans nnstudio.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n test example(s), as set in nnstudio.</source>
            <translation>
                <numerusform>Seulement %n exemple de test (le premier), comme réglé dans nnstudio.</numerusform>
                <numerusform>Seulement les %n premiers exemples de test, comme réglé dans nnstudio.</numerusform>
            </translation>
        </message>
        <message>
            <source>The numbers are used as they are, as 32-bit floats.</source>
            <translation>Les nombres sont utilisés tels quels, en flottants 32 bits.</translation>
        </message>
        <message>
            <source>{method} The statistics come from the training data only, and the test data is changed in exactly the same way, as new data would be.</source>
            <translation>{method} Les statistiques viennent uniquement des données d'entraînement, et les données de test sont transformées exactement de la même façon, comme le seraient de nouvelles données.</translation>
        </message>
        <message>
            <source>{loss} wants each label as its class number.</source>
            <translation>{loss} veut chaque étiquette sous forme de numéro de classe.</translation>
        </message>
        <message>
            <source>{loss} with one output unit wants each label as a 0 or 1, in a column.</source>
            <translation>{loss} avec un seul neurone de sortie veut chaque étiquette sous forme de 0 ou de 1, dans une colonne.</translation>
        </message>
        <message>
            <source>{loss} wants one column per class, with a 1 in the column of the right class.</source>
            <translation>{loss} veut une colonne par classe, avec un 1 dans la colonne de la bonne classe.</translation>
        </message>
        <message>
            <source>Exporting code needs the source of {function}, which this installation of nnstudio lacks. Expected its .py file next to the compiled one; reinstalling nnstudio brings it back.</source>
            <extracomment>In the order they are first used, each before the functions it calls. The data file or folder beside the exported code, if it travels with it.</extracomment>
            <translation>Pour exporter du code, il faut la source de {function}, qui manque dans cette installation de nnstudio. Son fichier .py devrait être à côté du fichier compilé ; réinstaller nnstudio le remet en place.</translation>
        </message>
    </context>
    <context>
        <name>ExportFolder</name>
        <message>
            <source>Project folder exported</source>
            <translation>Dossier de projet exporté</translation>
        </message>
        <message>
            <source>&lt;p&gt;Wrote &lt;b&gt;{folder}&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;{files}&lt;/ul&gt;&lt;p&gt;Copy the whole folder anywhere: the code finds its data beside itself. &lt;b&gt;Verify&lt;/b&gt; runs the script on its own, offline, for one short epoch on a few hundred examples, to prove that it works.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{folder}&lt;/b&gt; a été créé :&lt;/p&gt;&lt;ul&gt;{files}&lt;/ul&gt;&lt;p&gt;Copie le dossier entier où tu veux : le code trouve ses données juste à côté de lui. &lt;b&gt;Vérifier&lt;/b&gt; lance le script tout seul, hors ligne, pendant une courte époque sur quelques centaines d'exemples, pour prouver qu'il fonctionne.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>What the exported script printed</source>
            <translation>Ce que le script exporté a affiché</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <source>Run the exported script offline for one short epoch</source>
            <translation>Lancer le script exporté hors ligne pendant une courte époque</translation>
        </message>
        <message>
            <source>Verifying: running the script offline (10 to 30 seconds)…</source>
            <translation>Vérification : exécution du script hors ligne (10 à 30 secondes)…</translation>
        </message>
        <message>
            <source>&lt;b&gt;Passed:&lt;/b&gt; {sentence}</source>
            <translation>&lt;b&gt;Réussi :&lt;/b&gt; {sentence}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Failed:&lt;/b&gt; {sentence}</source>
            <translation>&lt;b&gt;Échec :&lt;/b&gt; {sentence}</translation>
        </message>
    </context>
    <context>
        <name>ExportModelCode</name>
        <message>
            <source>Fixing the seed fixes the random starting weights and the shuffling, as in nnstudio.</source>
            <extracomment>The comments and docstrings of the exported code (the code itself stays as Keras has it). Above this many epochs the training prints one line per epoch instead of a progress bar. The statements that build the model, as the script's main() and the notebook run them.</extracomment>
            <translation>Fixer la graine fixe les poids de départ aléatoires et le mélange, comme dans nnstudio.</translation>
        </message>
        <message>
            <source>Several training steps per call: faster, with the very same arithmetic.</source>
            <translation>Plusieurs pas d'entraînement par appel : plus rapide, avec exactement les mêmes calculs.</translation>
        </message>
        <message>
            <source>XLA compiles each training step into machine code: faster over a run this long.</source>
            <translation>XLA compile chaque pas d'entraînement en code machine : plus rapide sur un essai aussi long.</translation>
        </message>
        <message>
            <source>No XLA: compiling the step would take longer than it saves on this run.</source>
            <translation>Pas de XLA : compiler le pas prendrait plus de temps qu'il n'en ferait gagner sur cet essai.</translation>
        </message>
        <message>
            <source>The network, built and compiled as in nnstudio.</source>
            <translation>Le réseau, construit et compilé comme dans nnstudio.</translation>
        </message>
        <message>
            <source>verbose=2 prints one line per epoch, so {epochs} epochs stay readable.</source>
            <translation>verbose=2 affiche une ligne par époque, pour que {epochs} époques restent lisibles.</translation>
        </message>
        <message>
            <source>One sigmoid unit says yes (1) when its output is above 0.5.</source>
            <translation>Un seul neurone sigmoid dit oui (1) quand sa sortie est au-dessus de 0.5.</translation>
        </message>
        <message>
            <source>The network's answer is the class with the biggest output.</source>
            <translation>La réponse du réseau est la classe qui a la plus grande sortie.</translation>
        </message>
        <message>
            <source>On several computers Keras's evaluate() does not work yet: the loss from the
network's answers.</source>
            <translation>Sur plusieurs ordinateurs, evaluate() de Keras ne marche pas encore : la perte, à partir des
réponses du réseau.</translation>
        </message>
        <message>
            <source>Print how well the network does.</source>
            <translation>Afficher comment le réseau s'en sort.</translation>
        </message>
        <message>
            <source>One copy of the network per GPU of this computer; each batch is split between
them and their gradients are added up.</source>
            <translation>Une copie du réseau par GPU de cet ordinateur ; chaque lot est partagé entre
elles, et leurs gradients sont additionnés.</translation>
        </message>
        <message>
            <source>One copy per computer (TF_CONFIG says which computers, and which one this is).</source>
            <translation>Une copie par ordinateur (TF_CONFIG dit quels ordinateurs, et lequel est celui-ci).</translation>
        </message>
        <message>
            <source>How to spread training: one device, this computer's GPUs, or several computers.</source>
            <translation>Comment répartir l'entraînement : un seul appareil, les GPU de cet ordinateur, ou plusieurs ordinateurs.</translation>
        </message>
        <message>
            <source>Keras's fit() does not work yet with several computers, so this loop does its work:
each batch of BATCH_SIZE examples is split between the workers, their gradients are
added up, and every worker keeps the very same weights.</source>
            <translation>fit() de Keras ne marche pas encore avec plusieurs ordinateurs, alors cette boucle fait son travail :
chaque lot de BATCH_SIZE exemples est partagé entre les machines, leurs gradients sont
additionnés, et chaque machine garde exactement les mêmes poids.</translation>
        </message>
        <message>
            <source>held back, as fit() does</source>
            <translation>mis de côté, comme le fait fit()</translation>
        </message>
        <message>
            <source>Each worker takes its share of every batch.</source>
            <translation>Chaque machine prend sa part de chaque lot.</translation>
        </message>
        <message>
            <source>the first worker reports</source>
            <translation>la première machine affiche les résultats</translation>
        </message>
        <message>
            <source>Train on several computers at once, each running this script.</source>
            <translation>Entraîner sur plusieurs ordinateurs à la fois, chacun exécutant ce script.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Warning: {message}</source>
            <translation>Avertissement : {message}</translation>
        </message>
        <message>
            <source>{help}
Allowed: {allowed}.</source>
            <extracomment>The value the student entered (possibly one the validator will reject).</extracomment>
            <translation>{help}
Valeurs permises : {allowed}.</translation>
        </message>
        <message>
            <source>empty means: {meaning}</source>
            <translation>vide signifie : {meaning}</translation>
        </message>
        <message>
            <source>a number, such as 0.001 or 1e-7</source>
            <translation>un nombre, comme 0.001 ou 1e-7</translation>
        </message>
        <message>
            <source>such as 28, 28, 1</source>
            <translation>comme 28, 28, 1</translation>
        </message>
        <message>
            <source>empty: {meaning}</source>
            <translation>vide : {meaning}</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un nombre entier</translation>
        </message>
        <message>
            <source>{setting} (the file says {value})</source>
            <translation>{setting} (le fichier indique {value})</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>{value} (not allowed)</source>
            <translation>{value} (non permis)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{choice}:&lt;/b&gt; {meaning}</source>
            <translation>&lt;b&gt;{choice} :&lt;/b&gt; {meaning}</translation>
        </message>
    </context>
    <context>
        <name>FileFormat</name>
        <message>
            <source>{source} is not an nnstudio lesson: expected a JSON object with "format": "{format}", found {found}.</source>
            <translation>{source} n'est pas une leçon nnstudio : il faut un objet JSON avec "format": "{format}", mais on trouve {found}.</translation>
        </message>
        <message>
            <source>{source} is not an nnstudio project: expected a JSON object with "format": "{format}", found {found}.</source>
            <extracomment>{source}: the file's name; "format": "{format}" is JSON and stays as it is.</extracomment>
            <translation>{source} n'est pas un projet nnstudio : il faut un objet JSON avec "format": "{format}", mais on trouve {found}.</translation>
        </message>
        <message>
            <source>{source} has no usable schema version: expected a whole number from 1 to {schema}. Received: {version}.</source>
            <translation>{source} n'a pas de version de schéma utilisable : il faut un nombre entier de 1 à {schema}. Reçu : {version}.</translation>
        </message>
        <message>
            <source>{source} was written for a newer nnstudio: expected schema version {schema} or lower, found {version}. Please update nnstudio to open it.</source>
            <translation>{source} a été écrit pour une version plus récente de nnstudio : il faut une version de schéma {schema} ou inférieure, mais c'est la {version}. Mets nnstudio à jour pour l'ouvrir.</translation>
        </message>
        <message>
            <source>{source} was saved by a newer nnstudio: expected schema version {schema} or lower, found {version}. Please update nnstudio to open it.</source>
            <translation>{source} a été enregistré par une version plus récente de nnstudio : il faut une version de schéma {schema} ou inférieure, mais c'est la {version}. Mets nnstudio à jour pour l'ouvrir.</translation>
        </message>
        <message>
            <source>{path} is not a file but a pipe, a device or a socket: expected a lesson file.</source>
            <translation>{path} n'est pas un fichier, mais un tube, un périphérique ou un socket : il faut un fichier de leçon.</translation>
        </message>
        <message>
            <source>{path} is not a file but a pipe, a device or a socket: expected a project file.</source>
            <translation>{path} n'est pas un fichier, mais un tube, un périphérique ou un socket : il faut un fichier de projet.</translation>
        </message>
        <message>
            <source>There is no file at {path}: expected a lesson file ({suffix}), found nothing.</source>
            <translation>Il n'y a aucun fichier à l'emplacement {path} : il faut un fichier de leçon ({suffix}).</translation>
        </message>
        <message>
            <source>There is no file at {path}: expected a project file ({suffix}), found nothing.</source>
            <translation>Il n'y a aucun fichier à l'emplacement {path} : il faut un fichier de projet ({suffix}).</translation>
        </message>
        <message>
            <source>{path} is a folder: expected a lesson file ({suffix}), found a folder.</source>
            <translation>{path} est un dossier : il faut un fichier de leçon ({suffix}), pas un dossier.</translation>
        </message>
        <message>
            <source>{path} is a folder: expected a project file ({suffix}), found a folder.</source>
            <translation>{path} est un dossier : il faut un fichier de projet ({suffix}), pas un dossier.</translation>
        </message>
        <message>
            <source>{name} is not a lesson file: expected JSON text (a {suffix} file), found bytes that are not text.</source>
            <translation>{name} n'est pas un fichier de leçon : il faut du texte JSON (un fichier {suffix}), mais il contient des octets qui ne sont pas du texte.</translation>
        </message>
        <message>
            <source>{name} is not a project file: expected JSON text (a {suffix} file), found bytes that are not text.</source>
            <translation>{name} n'est pas un fichier de projet : il faut du texte JSON (un fichier {suffix}), mais il contient des octets qui ne sont pas du texte.</translation>
        </message>
        <message>
            <source>{source} is not a valid lesson file: expected lists and objects nested at most {most} deep, found deeper nesting.</source>
            <extracomment>Deeper than any project or lesson nests (a run's history is five levels down); deeper nesting would exhaust Python's recursion when the document is copied or saved.</extracomment>
            <translation>{source} n'est pas un fichier de leçon valide : les listes et les objets doivent être imbriqués sur {most} niveaux au plus, mais l'imbrication est plus profonde.</translation>
        </message>
        <message>
            <source>{source} is not a valid project file: expected lists and objects nested at most {most} deep, found deeper nesting.</source>
            <translation>{source} n'est pas un fichier de projet valide : les listes et les objets doivent être imbriqués sur {most} niveaux au plus, mais l'imbrication est plus profonde.</translation>
        </message>
        <message>
            <source>{source} is not a valid lesson file: expected JSON, found a mistake at line {line}, column {column} ({error}).</source>
            <translation>{source} n'est pas un fichier de leçon valide : il faut du JSON, mais il y a une erreur ligne {line}, colonne {column} ({error}).</translation>
        </message>
        <message>
            <source>{source} is not a valid project file: expected JSON, found a mistake at line {line}, column {column} ({error}).</source>
            <translation>{source} n'est pas un fichier de projet valide : il faut du JSON, mais il y a une erreur ligne {line}, colonne {column} ({error}).</translation>
        </message>
        <message>
            <source>{source} is not a valid lesson file: expected numbers of a usual size, found a whole number thousands of digits long.</source>
            <translation>{source} n'est pas un fichier de leçon valide : il faut des nombres de taille normale, mais il contient un nombre entier long de milliers de chiffres.</translation>
        </message>
        <message>
            <source>{source} is not a valid project file: expected numbers of a usual size, found a whole number thousands of digits long.</source>
            <translation>{source} n'est pas un fichier de projet valide : il faut des nombres de taille normale, mais il contient un nombre entier long de milliers de chiffres.</translation>
        </message>
    </context>
    <context>
        <name>FolderExport</name>
        <message>
            <source>{folder} already exists and is not an empty folder: expected a new folder for the export (choose another name, or remove the old one first).</source>
            <extracomment>The packages the exported code needs, as pip names them, in the order listed. TensorFlow is installed under one of these names. The data file or folder copied beside the code, if any.</extracomment>
            <translation>{folder} existe déjà et n'est pas un dossier vide : il faut un nouveau dossier pour l'export (choisis un autre nom, ou supprime d'abord l'ancien).</translation>
        </message>
        <message>
            <source>The project has no CSV file chosen: expected one to copy into the folder.</source>
            <translation>Aucun fichier CSV n'est choisi dans le projet : il en faut un à copier dans le dossier.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>Exported from nnstudio {version}: the network, its data and its training, as plain Keras code that needs no nnstudio.</source>
            <translation>Exporté depuis nnstudio {version} : le réseau, ses données et son entraînement, en code Keras simple qui n'a pas besoin de nnstudio.</translation>
        </message>
        <message>
            <source>What is here</source>
            <translation>Contenu du dossier</translation>
        </message>
        <message>
            <source>`{script}`: the Keras script (load the data, build, train, test).</source>
            <translation>`{script}` : le script Keras (charger les données, construire, entraîner, tester).</translation>
        </message>
        <message>
            <source>`{notebook}`: the same code as a Jupyter notebook, one step per cell.</source>
            <translation>`{notebook}` : le même code sous forme de notebook Jupyter, une étape par cellule.</translation>
        </message>
        <message>
            <source>`requirements.txt`: the packages it needs, at the versions nnstudio trained with.</source>
            <translation>`requirements.txt` : les paquets nécessaires, dans les versions avec lesquelles nnstudio a entraîné le réseau.</translation>
        </message>
        <message>
            <source>`{data}`: the data, read from beside the code (no download).</source>
            <translation>`{data}` : les données, lues juste à côté du code (aucun téléchargement).</translation>
        </message>
        <message>
            <source>The data is made by the code itself (nothing to download).</source>
            <translation>Les données sont créées par le code lui-même (rien à télécharger).</translation>
        </message>
        <message>
            <source>Run it</source>
            <translation>Lancer le script</translation>
        </message>
        <message>
            <source>(on Windows: {command})</source>
            <translation>(sous Windows : {command})</translation>
        </message>
        <message>
            <source>No network is needed once the packages are installed: copy the whole folder.</source>
            <translation>Aucune connexion Internet n'est nécessaire une fois les paquets installés : copie le dossier entier.</translation>
        </message>
        <message>
            <source>A school server with GPUs, or several computers</source>
            <translation>Un serveur scolaire avec des GPU, ou plusieurs ordinateurs</translation>
        </message>
        <message>
            <source>On a computer with several GPUs, one copy of the network trains on each, every batch split between them (TensorFlow's `MirroredStrategy`):</source>
            <translation>Sur un ordinateur avec plusieurs GPU, une copie du réseau s'entraîne sur chacun d'eux, et chaque lot est réparti entre eux (`MirroredStrategy` de TensorFlow) :</translation>
        </message>
        <message>
            <source>On several computers (`MultiWorkerMirroredStrategy`), copy this folder to each, and start the script on every one at about the same time, each with `TF_CONFIG` naming all of them and which one it is (`index` 0 on the first, 1 on the second...):</source>
            <translation>Sur plusieurs ordinateurs (`MultiWorkerMirroredStrategy`), copie ce dossier sur chacun d'eux et lance le script sur tous à peu près en même temps, chacun avec une variable `TF_CONFIG` qui les nomme tous et indique lequel il est (`index` 0 sur le premier, 1 sur le deuxième...) :</translation>
        </message>
        <message>
            <source>Each batch of the same size as on one computer is split between the workers, so the network learns the same; the first worker prints the progress and every worker tests.</source>
            <translation>Chaque lot, de la même taille que sur un seul ordinateur, est réparti entre les machines (les « workers »), donc le réseau apprend la même chose ; la première machine affiche la progression, et chaque machine fait le test.</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Crédits</translation>
        </message>
    </context>
    <context>
        <name>Grading</name>
        <message>
            <source>graded</source>
            <extracomment>The words for a row's status (its key stays English: "graded", "another lesson"...).</extracomment>
            <translation>noté</translation>
        </message>
        <message>
            <source>another lesson</source>
            <translation>autre leçon</translation>
        </message>
        <message>
            <source>no lesson</source>
            <translation>pas de leçon</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>illisible</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>There is no file or folder at {path}: expected handed-in project files ({suffix}) or a folder of them.</source>
            <extracomment>"graded", or why not: "another lesson", "no lesson", "unreadable". One sentence for a row that could not be graded, or about its run.</extracomment>
            <translation>Il n'y a ni fichier ni dossier à l'emplacement {path} : il faut des fichiers de projet rendus ({suffix}) ou un dossier qui en contient.</translation>
        </message>
        <message>
            <source>This project was not made in a lesson (expected the lesson {lesson}).</source>
            <translation>Ce projet n'a pas été créé dans une leçon (il fallait la leçon {lesson}).</translation>
        </message>
        <message>
            <source>This project belongs to the lesson {lesson}, not {expected}.</source>
            <translation>Ce projet appartient à la leçon {lesson}, pas à {expected}.</translation>
        </message>
        <message>
            <source>No training run saved in the file.</source>
            <translation>Aucun essai d'entraînement enregistré dans le fichier.</translation>
        </message>
        <message>
            <source>The network was changed after its last run, so that run does not count.</source>
            <translation>Le réseau a été modifié après son dernier essai, donc cet essai ne compte pas.</translation>
        </message>
        <message>
            <source>{done}/{steps} finished</source>
            <translation>{done}/{steps} terminées</translation>
        </message>
        <message>
            <source>Lesson: {title} ({id})</source>
            <translation>Leçon : {title} ({id})</translation>
        </message>
        <message>
            <source>G{number}</source>
            <comment>short for: goal number</comment>
            <translation>O{number}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Test acc.</source>
            <translation>Préc. test</translation>
        </message>
        <message>
            <source>Params</source>
            <translation>Param.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Temps</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>{met} of {total} projects meet every goal.</source>
            <translation>{met} projets sur {total} atteignent tous les objectifs.</translation>
        </message>
        <message>
            <source>file</source>
            <comment>a column of the table</comment>
            <translation>fichier</translation>
        </message>
        <message>
            <source>status</source>
            <comment>a column of the table</comment>
            <translation>statut</translation>
        </message>
        <message>
            <source>all goals met</source>
            <comment>a column of the table</comment>
            <translation>tous objectifs atteints</translation>
        </message>
        <message>
            <source>test accuracy</source>
            <comment>a column of the table</comment>
            <translation>précision de test</translation>
        </message>
        <message>
            <source>parameters</source>
            <comment>a column of the table</comment>
            <translation>paramètres</translation>
        </message>
        <message>
            <source>steps done</source>
            <comment>a column of the table</comment>
            <translation>étapes faites</translation>
        </message>
        <message>
            <source>minutes</source>
            <comment>a column of the table</comment>
            <translation>minutes</translation>
        </message>
        <message>
            <source>note</source>
            <comment>a column of the table</comment>
            <translation>remarque</translation>
        </message>
    </context>
    <context>
        <name>Inside</name>
        <message>
            <source>Train a network first. Then pick an example here and follow it through the network, layer by layer, down to one neuron's arithmetic.</source>
            <extracomment>Gives the digit the student drew, ready for the network (a batch of one), or None.</extracomment>
            <translation>Entraîne d'abord un réseau. Ensuite, choisis ici un exemple et suis-le à travers le réseau, couche par couche, jusqu'au calcul d'un seul neurone.</translation>
        </message>
        <message numerus="yes">
            <source>{name} ({kind}): {count:,} number(s)</source>
            <extracomment>Up to this many neurons a layer is a single column of cells with their values written in. A neuron with more inputs than COLUMN_MAX: its strongest few are listed in its sum and drawn as lines to it. The smallest cell height a value is written in; a layer whose cells would be smaller in one column gets several. Width to height of the cells of a layer of at most COLUMN_MAX neurons. How many of a layer's strongest neurons are listed with their pictures. Weight pictures in the neuron panel: screen pixels per weight. -1 for the input, else the layer's position in the trace. (height, width) when drawn as a picture. Whether a click on a neuron shows its arithmetic. The size of value that gets the strongest colour. Class names beside an output layer's cells. The values are probabilities (written as percentages).</extracomment>
            <translation>
                <numerusform>{name} ({kind}) : {count:,} nombre</numerusform>
                <numerusform>{name} ({kind}) : {count:,} nombres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: {count:,} neuron(s)</source>
            <translation>
                <numerusform>{name} : {count:,} neurone</numerusform>
                <numerusform>{name} : {count:,} neurones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: {count:,} neuron(s), {activation}</source>
            <translation>
                <numerusform>{name} : {count:,} neurone, {activation}</numerusform>
                <numerusform>{name} : {count:,} neurones, {activation}</numerusform>
            </translation>
        </message>
        <message>
            <source>The example's way through the network</source>
            <extracomment>The inputs that added most to the chosen neuron, outlined in the column before it, each with its weight (a line is drawn from it to the neuron).</extracomment>
            <translation>Le parcours de l'exemple à travers le réseau</translation>
        </message>
        <message>
            <source>{layer}: neuron {number} chosen</source>
            <translation>{layer} : neurone {number} choisi</translation>
        </message>
        <message>
            <source>Test example number</source>
            <extracomment>The example shown: a test-set index, or "drawn". The chosen neuron: (position in the trace, index), or None.</extracomment>
            <translation>Numéro de l'exemple de test</translation>
        </message>
        <message>
            <source>Which test example to follow through the network</source>
            <translation>Quel exemple de test suivre à travers le réseau</translation>
        </message>
        <message>
            <source>Use the digit I drew</source>
            <translation>Utiliser mon dessin</translation>
        </message>
        <message>
            <source>Follow the digit drawn in the Draw a digit tab instead</source>
            <translation>Suivre plutôt le chiffre dessiné dans l'onglet Dessiner un chiffre</translation>
        </message>
        <message>
            <source>The example and the network's answer</source>
            <translation>L'exemple et la réponse du réseau</translation>
        </message>
        <message>
            <source>The chosen neuron</source>
            <translation>Le neurone choisi</translation>
        </message>
        <message>
            <source>The neuron's arithmetic</source>
            <translation>Le calcul du neurone</translation>
        </message>
        <message>
            <source>The chosen neuron's sum with the network's real numbers, and its activation</source>
            <translation>La somme du neurone choisi, avec les vrais nombres du réseau, et sa fonction d'activation</translation>
        </message>
        <message>
            <source>◀ Step back</source>
            <translation>◀ Reculer</translation>
        </message>
        <message>
            <source>The neuron before this one in the forward pass</source>
            <translation>Le neurone précédent dans la propagation avant</translation>
        </message>
        <message>
            <source>Step ▶</source>
            <translation>Avancer ▶</translation>
        </message>
        <message>
            <source>The next neuron in the forward pass: every neuron of a layer, then the next layer</source>
            <translation>Le neurone suivant dans la propagation avant : tous les neurones d'une couche, puis la couche suivante</translation>
        </message>
        <message>
            <source>Its weights</source>
            <translation>Ses poids</translation>
        </message>
        <message>
            <source>The neuron's weights as a picture</source>
            <translation>Les poids du neurone sous forme d'image</translation>
        </message>
        <message>
            <source>Digit × weights</source>
            <translation>Chiffre × poids</translation>
        </message>
        <message>
            <source>What each pixel of the digit gave the neuron</source>
            <translation>Ce que chaque pixel du chiffre a apporté au neurone</translation>
        </message>
        <message>
            <source>Red pushes the neuron up, blue down.</source>
            <translation>Le rouge pousse le neurone vers le haut, le bleu vers le bas.</translation>
        </message>
        <message>
            <source>Left: the neuron's 784 weights, one per pixel. Right: this digit's pixels times those weights; their sum, plus the bias, is z. Red pushes the neuron up, blue pushes it down.</source>
            <translation>À gauche : les 784 poids du neurone, un par pixel. À droite : les pixels de ce chiffre multipliés par ces poids ; leur somme, plus le biais, donne z. Le rouge pousse le neurone vers le haut, le bleu vers le bas.</translation>
        </message>
        <message>
            <source>Test example:</source>
            <translation>Exemple de test :</translation>
        </message>
        <message>
            <source>of {count:,}</source>
            <translation>sur {count:,}</translation>
        </message>
        <message>
            <source>Draw a digit in the Draw a digit tab first.</source>
            <translation>Dessine d'abord un chiffre dans l'onglet Dessiner un chiffre.</translation>
        </message>
        <message>
            <source>The digit you drew. {answer}</source>
            <translation>Le chiffre que tu as dessiné. {answer}</translation>
        </message>
        <message>
            <source>The network could not be followed ({error}): {details}</source>
            <translation>Impossible de suivre le réseau ({error}) : {details}</translation>
        </message>
        <message>
            <source>A picture of a {digit}.</source>
            <translation>Une image d'un {digit}.</translation>
        </message>
        <message>
            <source>A picture of class {name}.</source>
            <translation>Une image de la classe {name}.</translation>
        </message>
        <message>
            <source>Inputs {inputs}; the right answer is {answer}.</source>
            <translation>Entrées {inputs} ; la bonne réponse est {answer}.</translation>
        </message>
        <message>
            <source>The network answered {answer} ({sure} sure).</source>
            <translation>Le réseau a répondu {answer} (sûr à {sure}).</translation>
        </message>
        <message>
            <source>Input: {height} × {width} pixels</source>
            <translation>Entrée : {height} × {width} pixels</translation>
        </message>
        <message numerus="yes">
            <source>Input: {count:,} number(s)</source>
            <translation>
                <numerusform>Entrée : {count:,} nombre</numerusform>
                <numerusform>Entrée : {count:,} nombres</numerusform>
            </translation>
        </message>
        <message>
            <source>Input {number} = {value}: a number from the data, not computed.</source>
            <translation>Entrée {number} = {value} : un nombre venu des données, pas calculé.</translation>
        </message>
        <message>
            <source>Neuron {number} of {count} in the forward pass</source>
            <translation>Neurone {number} sur {count} dans la propagation avant</translation>
        </message>
        <message>
            <source>Click a neuron above to see its arithmetic.</source>
            <translation>Clique sur un neurone ci-dessus pour voir son calcul.</translation>
        </message>
        <message>
            <source>{layer}, neuron {number} of {count} ({activation}): the answer {answer}</source>
            <translation>{layer}, neurone {number} sur {count} ({activation}) : la réponse {answer}</translation>
        </message>
        <message>
            <source>{layer}, neuron {number} of {count} ({activation})</source>
            <translation>{layer}, neurone {number} sur {count} ({activation})</translation>
        </message>
        <message>
            <source>It stayed silent: its sum z came to {z}, below 0, and ReLU turns anything below 0 into 0.</source>
            <translation>Il est resté silencieux : sa somme z vaut {z}, en dessous de 0, et ReLU transforme tout ce qui est en dessous de 0 en 0.</translation>
        </message>
        <message>
            <source>An output neuron: softmax turns the layer's sums into probabilities.</source>
            <translation>Un neurone de sortie : softmax transforme les sommes de la couche en probabilités.</translation>
        </message>
        <message>
            <source>The output neuron: sigmoid squashes its sum into a probability from 0 to 1.</source>
            <translation>Le neurone de sortie : sigmoid écrase sa somme en une probabilité entre 0 et 1.</translation>
        </message>
        <message>
            <source>It adds up its {count:,} inputs, each times its weight, plus its bias; then {activation} gives what it passes on: {output}.</source>
            <translation>Il additionne ses {count:,} entrées, chacune multipliée par son poids, plus son biais ; puis {activation} donne ce qu'il transmet : {output}.</translation>
        </message>
        <message>
            <source>How the answer came about (each output's sum z, then softmax):</source>
            <translation>Comment la réponse s'est formée (la somme z de chaque sortie, puis softmax) :</translation>
        </message>
        <message>
            <source>← this neuron</source>
            <translation>← ce neurone</translation>
        </message>
        <message>
            <source>The output is the chance of {positive}: {chance:.1%}. At 50% or more the answer is {positive}, so the network says {chosen}.</source>
            <translation>La sortie est la probabilité de {positive} : {chance:.1%}. À partir de 50 %, la réponse est {positive}, donc le réseau dit {chosen}.</translation>
        </message>
        <message>
            <source>Fired most for this digit:</source>
            <translation>Les neurones les plus actifs pour ce chiffre :</translation>
        </message>
        <message>
            <source>Fired most for this example:</source>
            <translation>Les neurones les plus actifs pour cet exemple :</translation>
        </message>
        <message>
            <source>Neuron {number}, which put out {value}</source>
            <translation>Neurone {number}, qui a donné {value}</translation>
        </message>
        <message>
            <source>Neuron {number}</source>
            <translation>Neurone {number}</translation>
        </message>
    </context>
    <context>
        <name>KerasImport</name>
        <message>
            <source>{where}: {problem}</source>
            <extracomment>The last line of an exported script (and the notebook's metadata key): the settings the code cannot carry in a readable way (the data, the project's name). Keras class names (and old spellings) of the layers nnstudio has. A call's positional arguments, by kind, in Keras's order. What Keras does for an argument left out, where nnstudio's catalog starts elsewhere. Arguments that change nothing nnstudio models when they have these values. Loss names Keras also accepts (classes and short names), to nnstudio's. compile() arguments nnstudio decides itself: read and left. Sentences about what was assumed (data settings not in the file, weights left out). The .keras file, when it holds trained weights (Keras loads them, in safe mode).</extracomment>
            <translation>{where} : {problem}</translation>
        </message>
        <message>
            <source>nnstudio uses square windows; expected one number or two equal ones for {key}. Received: {value}.</source>
            <translation>nnstudio utilise des fenêtres carrées : il faut un seul nombre, ou deux nombres égaux, pour {key}. Reçu : {value}.</translation>
        </message>
        <message>
            <source>nnstudio has no {key} {value}. Expected one of: {names}.</source>
            <translation>nnstudio ne connaît pas la valeur {value} pour {key}. Valeurs possibles : {names}.</translation>
        </message>
        <message>
            <source>nnstudio has no layer {kind}. Expected one of: {kinds}.</source>
            <translation>nnstudio n'a pas de couche {kind}. Types possibles : {kinds}.</translation>
        </message>
        <message>
            <source>{kind} takes at most {count} values in order.</source>
            <translation>{kind} prend au plus {count} valeurs, dans l'ordre.</translation>
        </message>
        <message>
            <source>nnstudio's {kind} layer has no setting {setting}. Expected some of: {names}.</source>
            <translation>la couche {kind} de nnstudio n'a pas de réglage {setting}. Réglages possibles : {names}.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>expected the input's shape as whole numbers, such as (28, 28). Received: {value}.</source>
            <translation>la forme de l'entrée doit être donnée en nombres entiers, comme (28, 28). Reçu : {value}.</translation>
        </message>
        <message>
            <source>nnstudio has no optimizer {name}. Expected one of: {names}.</source>
            <translation>nnstudio n'a pas d'optimiseur {name}. Valeurs possibles : {names}.</translation>
        </message>
        <message>
            <source>nnstudio has no learning-rate schedule {name}.</source>
            <translation>nnstudio ne connaît pas la planification du taux d'apprentissage {name}.</translation>
        </message>
        <message>
            <source>expected {key} to be a number. Received: {value}.</source>
            <translation>{key} doit être un nombre. Reçu : {value}.</translation>
        </message>
        <message>
            <source>nnstudio's {optimizer} has no setting {setting}.</source>
            <translation>l'optimiseur {optimizer} de nnstudio n'a pas de réglage {setting}.</translation>
        </message>
        <message>
            <source>nnstudio has no loss {name}. Expected one of: {names}.</source>
            <translation>nnstudio n'a pas de perte {name}. Valeurs possibles : {names}.</translation>
        </message>
        <message>
            <source>{file} has no config.json: expected a Keras 3 .keras file.</source>
            <translation>{file} n'a pas de config.json : il faut un fichier .keras de Keras 3.</translation>
        </message>
        <message>
            <source>{file} is not a .keras file: expected a zip archive, found other bytes.</source>
            <translation>{file} n'est pas un fichier .keras : il faut une archive zip, mais le fichier contient autre chose.</translation>
        </message>
        <message>
            <source>{file}: its config.json is not readable JSON.</source>
            <translation>{file} : son config.json n'est pas du JSON lisible.</translation>
        </message>
        <message>
            <source>{file}: no model found in config.json.</source>
            <translation>{file} : aucun modèle trouvé dans config.json.</translation>
        </message>
        <message>
            <source>expected a Sequential or functional Keras model. Received: {value}.</source>
            <translation>il faut un modèle Keras Sequential ou fonctionnel. Reçu : {value}.</translation>
        </message>
        <message>
            <source>{file}, layer {number} ({kind})</source>
            <translation>{file}, couche {number} ({kind})</translation>
        </message>
        <message>
            <source>custom code (a Lambda or a custom layer) is never loaded: nnstudio reads only Keras's own layers.</source>
            <translation>le code personnalisé (une couche Lambda ou une couche personnalisée) n'est jamais chargé : nnstudio ne lit que les couches propres à Keras.</translation>
        </message>
        <message>
            <source>its {key} is a custom object, which nnstudio never loads.</source>
            <translation>son réglage {key} est un objet personnalisé, que nnstudio ne charge jamais.</translation>
        </message>
        <message>
            <source>Imported network</source>
            <translation>Réseau importé</translation>
        </message>
        <message>
            <source>the layer {name} takes {inputs}: nnstudio builds networks that are one chain of layers, each taking the one before it.</source>
            <translation>la couche {name} prend {inputs} : nnstudio construit des réseaux qui forment une seule chaîne de couches, où chaque couche prend la précédente.</translation>
        </message>
        <message>
            <source>{file}, the loss</source>
            <translation>{file}, la perte</translation>
        </message>
        <message>
            <source>{file}, the optimizer</source>
            <translation>{file}, l'optimiseur</translation>
        </message>
        <message>
            <source>{file}, line {number}</source>
            <translation>{file}, ligne {number}</translation>
        </message>
        <message>
            <source>expected a written-out value, found a computed one ({code}).</source>
            <translation>il faut une valeur écrite telle quelle, pas une valeur calculée ({code}).</translation>
        </message>
        <message>
            <source>{file} is not valid Python: line {number}: {error}.</source>
            <translation>{file} n'est pas du Python valide : ligne {number} : {error}.</translation>
        </message>
        <message>
            <source>the model is built in a loop; nnstudio needs each layer written out.</source>
            <translation>le modèle est construit dans une boucle ; nnstudio a besoin que chaque couche soit écrite en toutes lettres.</translation>
        </message>
        <message>
            <source>expected the layers as a written-out list.</source>
            <translation>les couches doivent être écrites en toutes lettres, dans une liste.</translation>
        </message>
        <message>
            <source>no Keras model found: expected keras.Sequential([...]), model.add(...) or a chain from keras.Input to keras.Model.</source>
            <translation>aucun modèle Keras trouvé : il faut keras.Sequential([...]), model.add(...) ou une chaîne allant de keras.Input à keras.Model.</translation>
        </message>
        <message>
            <source>The file does not say which data it trains on: MNIST is chosen, as the input is a 28x28 picture; add a Reshape layer to (28, 28, 1) or change the input.</source>
            <translation>Le fichier ne dit pas sur quelles données il s'entraîne : MNIST est choisi, car l'entrée est une image de 28x28 ; ajoute une couche Reshape vers (28, 28, 1) ou modifie l'entrée.</translation>
        </message>
        <message>
            <source>The file does not say which data it trains on: MNIST is chosen, as the input is a 28x28 picture, with pixels scaled to 0..1; check the Data panel.</source>
            <translation>Le fichier ne dit pas sur quelles données il s'entraîne : MNIST est choisi, car l'entrée est une image de 28x28, avec les pixels ramenés entre 0 et 1 ; vérifie le panneau Données.</translation>
        </message>
        <message>
            <source>The file does not say which data it trains on: XOR is chosen (2 inputs).</source>
            <translation>Le fichier ne dit pas sur quelles données il s'entraîne : XOR est choisi (2 entrées).</translation>
        </message>
        <message>
            <source>The file does not say which data it trains on: choose your CSV file and its label column in the Data panel.</source>
            <translation>Le fichier ne dit pas sur quelles données il s'entraîne : choisis ton fichier CSV et sa colonne d'étiquette dans le panneau Données.</translation>
        </message>
        <message>
            <source>expected a Keras layer, such as layers.Dense(128). Received: {code}.</source>
            <translation>il faut une couche Keras, comme layers.Dense(128). Reçu : {code}.</translation>
        </message>
        <message>
            <source>this layer is added in a loop; nnstudio needs each layer written out.</source>
            <translation>cette couche est ajoutée dans une boucle ; nnstudio a besoin que chaque couche soit écrite en toutes lettres.</translation>
        </message>
        <message>
            <source>a Lambda layer runs code of its own, which nnstudio never imports.</source>
            <translation>une couche Lambda exécute son propre code, que nnstudio n'importe jamais.</translation>
        </message>
        <message>
            <source>this layer takes {name}, which is not a chain from keras.Input.</source>
            <translation>cette couche prend {name}, qui ne fait pas partie d'une chaîne partant de keras.Input.</translation>
        </message>
        <message>
            <source>expected the model's outputs to be one chain of layers from keras.Input.</source>
            <translation>les sorties du modèle doivent former une seule chaîne de couches partant de keras.Input.</translation>
        </message>
        <message>
            <source>nnstudio has no compile setting {key}.</source>
            <translation>nnstudio n'a pas de réglage de compilation {key}.</translation>
        </message>
        <message>
            <source>The settings kept in the file cannot be read: {error}</source>
            <translation>Les réglages enregistrés dans le fichier sont illisibles : {error}</translation>
        </message>
        <message>
            <source>For nnstudio's File → Import: the data and the name, which the code above cannot
say in a way nnstudio reads.</source>
            <extracomment>The width of one line of kept settings (within the 100 columns of the exported code).</extracomment>
            <translation>Pour Fichier → Importer un réseau… de nnstudio : les données et le nom, que le code ci-dessus ne peut pas
exprimer d'une façon que nnstudio sait lire.</translation>
        </message>
        <message>
            <source>{file} is not a notebook: expected JSON, found a mistake at line {number}.</source>
            <translation>{file} n'est pas un notebook : il faut du JSON, mais il y a une erreur à la ligne {number}.</translation>
        </message>
        <message>
            <source>{file} is not a Jupyter notebook: expected a list of cells.</source>
            <translation>{file} n'est pas un notebook Jupyter : il faut une liste de cellules.</translation>
        </message>
        <message>
            <source>{file}: expected a .keras file, a Python script (.py) or a notebook (.ipynb).</source>
            <translation>{file} : il faut un fichier .keras, un script Python (.py) ou un notebook (.ipynb).</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>Il n'y a aucun fichier à l'emplacement {path}.</translation>
        </message>
        <message>
            <source>{file} cannot be read as text: {error}</source>
            <translation>{file} ne peut pas être lu comme du texte : {error}</translation>
        </message>
    </context>
    <context>
        <name>LayerSettings</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>A name of your own for this layer, shown in the model summary and the exported code; leave it empty to let Keras name it.</source>
            <translation>Un nom à toi pour cette couche, affiché dans le résumé du modèle et dans le code exporté ; laisse vide pour que Keras la nomme.</translation>
        </message>
        <message>
            <source>Select a layer to see its settings.</source>
            <translation>Sélectionne une couche pour voir ses réglages.</translation>
        </message>
        <message>
            <source>{kind} (layer {number})</source>
            <translation>{kind} (couche {number})</translation>
        </message>
        <message>
            <source>automatic: {name}</source>
            <translation>automatique : {name}</translation>
        </message>
        <message>
            <source>empty means: named automatically</source>
            <translation>vide signifie : nommée automatiquement</translation>
        </message>
        <message>
            <source>Output shape: not known yet, because of a problem in this layer or one above it.</source>
            <translation>Forme de sortie : pas encore connue, à cause d'un problème dans cette couche ou dans une couche au-dessus.</translation>
        </message>
        <message numerus="yes">
            <source>{count} weight(s)</source>
            <translation>
                <numerusform>{count} poids</numerusform>
                <numerusform>{count} poids</numerusform>
            </translation>
        </message>
        <message>
            <source>{weights} ({trained} trained)</source>
            <translation>{weights} ({trained} entraînés)</translation>
        </message>
        <message>
            <source>Output shape {shape} · {weights}</source>
            <translation>Forme de sortie {shape} · {weights}</translation>
        </message>
    </context>
    <context>
        <name>LayerStack</name>
        <message>
            <source>Drag layers here from the palette
(or press Insert to choose one)</source>
            <translation>Fais glisser ici des couches depuis la palette
(ou appuie sur Inser pour en choisir une)</translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more)</source>
            <translation>
                <numerusform>{problem} (et %n autre)</numerusform>
                <numerusform>{problem} (et %n autres)</numerusform>
            </translation>
        </message>
        <message>
            <source>shape ?</source>
            <translation>forme ?</translation>
        </message>
        <message>
            <source>Layer stack</source>
            <translation>Pile de couches</translation>
        </message>
        <message>
            <source>The network's layers from input to output. Delete removes, Ctrl+D duplicates, Alt+Up and Alt+Down move, Insert adds a layer below.</source>
            <translation>Les couches du réseau, de l'entrée à la sortie. Suppr retire, Ctrl+D duplique, Alt+Haut et Alt+Bas déplacent, Inser ajoute une couche en dessous.</translation>
        </message>
        <message>
            <source>&amp;Insert layer…</source>
            <translation>&amp;Insérer une couche…</translation>
        </message>
        <message>
            <source>Choose a layer to insert below the selected one</source>
            <translation>Choisir une couche à insérer sous celle qui est sélectionnée</translation>
        </message>
        <message>
            <source>D&amp;uplicate layer</source>
            <translation>D&amp;upliquer la couche</translation>
        </message>
        <message>
            <source>Insert a copy of the selected layer below it</source>
            <translation>Insérer une copie de la couche sélectionnée juste en dessous</translation>
        </message>
        <message>
            <source>Move layer &amp;up</source>
            <translation>&amp;Monter la couche</translation>
        </message>
        <message>
            <source>Move the selected layer one place up</source>
            <translation>Déplacer la couche sélectionnée d'un cran vers le haut</translation>
        </message>
        <message>
            <source>Move layer &amp;down</source>
            <translation>&amp;Descendre la couche</translation>
        </message>
        <message>
            <source>Move the selected layer one place down</source>
            <translation>Déplacer la couche sélectionnée d'un cran vers le bas</translation>
        </message>
        <message>
            <source>&amp;Delete layer</source>
            <translation>&amp;Supprimer la couche</translation>
        </message>
        <message>
            <source>Remove the selected layer</source>
            <translation>Retirer la couche sélectionnée</translation>
        </message>
        <message>
            <source>&amp;Insert layer below</source>
            <translation>I&amp;nsérer une couche en dessous</translation>
        </message>
    </context>
    <context>
        <name>Lesson challenge-own-csv</name>
        <message>
            <source>Challenge: your own data</source>
            <translation>Défi : tes propres données</translation>
        </message>
        <message>
            <source>Find or make a table of your own, save it as a CSV file, and train a network that reaches at least 90% on the rows it never learned from.</source>
            <translation>Trouve ou crée un tableau à toi, enregistre-le en fichier CSV, et entraîne un réseau qui atteint au moins 90 % sur les lignes qu'il n'a jamais vues pendant l'apprentissage.</translation>
        </message>
        <message>
            <source>My own data</source>
            <translation>Mes propres données</translation>
        </message>
        <message>
            <source>The challenge</source>
            <translation>Le défi</translation>
        </message>
        <message>
            <source>So far the data came with nnstudio. Now bring your own.

**Your goal:** a network that puts at least **90%** of the test rows of *your own* CSV file in the right class.

A **CSV file** is a table saved as plain text: one row per line, the cells separated by commas (or semicolons). Any spreadsheet program writes one with *Save as*, choosing the type CSV. A file that works looks like this:

- `sleep_hours,screen_hours,breakfast,sport_minutes,mood`
- `8,2,1,45,fresh`
- `5.5,6,0,0,tired`
- `7,3.5,1,20,fresh`

What it needs:

- a **header row** first, naming every column;
- one row per example: a few dozen at the very least, a few hundred is better;
- **numbers** in every column but one (with a decimal point; or with a decimal comma when the cells are separated by semicolons);
- one **label column**: the answer for each row, as words (`fresh`, `tired`) or as numbers (0, 1, 2), with at least two different answers.

Columns of names or dates cannot go in: delete them, or turn them into numbers first (yes and no become 1 and 0). An empty cell stops the file from loading, unless you tick *Skip rows with missing values* in the Data settings.

Ideas: a survey of your class, measurements from a science lesson, the weather of many days (temperature, wind, clouds, and whether it rained), the statistics of a sports team.</source>
            <translation>Jusqu'ici, les données étaient fournies avec nnstudio. Maintenant, apporte les tiennes.

**Ton objectif :** un réseau qui classe correctement au moins **90 %** des lignes de test de *ton propre* fichier CSV.

Un **fichier CSV** est un tableau enregistré en texte brut : une ligne du tableau par ligne de texte, les cellules séparées par des virgules (ou des points-virgules). N'importe quel tableur peut en créer un avec *Enregistrer sous*, en choisissant le type CSV. Un fichier qui marche ressemble à ceci :

- `sleep_hours,screen_hours,breakfast,sport_minutes,mood`
- `8,2,1,45,fresh`
- `5.5,6,0,0,tired`
- `7,3.5,1,20,fresh`

Ce qu'il lui faut :

- d'abord une **ligne d'en-tête**, qui nomme chaque colonne ;
- une ligne par exemple : quelques dizaines au strict minimum, quelques centaines c'est mieux ;
- des **nombres** dans toutes les colonnes sauf une (avec un point décimal, ou avec une virgule décimale quand les cellules sont séparées par des points-virgules) ;
- une **colonne d'étiquette** : la réponse pour chaque ligne, en mots (`fresh`, `tired`) ou en nombres (0, 1, 2), avec au moins deux réponses différentes.

Les colonnes de noms ou de dates ne peuvent pas être utilisées : supprime-les, ou transforme-les d'abord en nombres (oui et non deviennent 1 et 0). Une cellule vide empêche le fichier de se charger, sauf si tu coches *Ignorer les lignes avec des valeurs manquantes* dans les réglages Données.

Des idées : un sondage dans ta classe, des mesures faites en cours de sciences, la météo de nombreux jours (température, vent, nuages, et s'il a plu ou non), les statistiques d'une équipe de sport.</translation>
        </message>
        <message>
            <source>Your file</source>
            <translation>Ton fichier</translation>
        </message>
        <message>
            <source>In the **Data** settings, choose the dataset **Your own CSV file**, then **Browse…** for your file, and choose the **Label column**: the column with the answers. All the other columns become the network's inputs.

The network is ready for any file: the Input layer takes its shape from the data, a hidden layer of 16 ReLU neurons, and an output layer of 2 Softmax neurons. If your labels have more than two different values, give the output layer one unit per value: the Problems list tells you when they differ.

The Data settings already **standardise** every column (so that a column of big numbers does not drown the others), keep 20% of the rows apart for the test, and hold back 10% of the rest for validation.</source>
            <translation>Dans les réglages **Données**, choisis le jeu de données **Ton propre fichier CSV**, puis **Parcourir…** pour trouver ton fichier, et choisis la **Colonne d'étiquette** : la colonne qui contient les réponses. Toutes les autres colonnes deviennent les entrées du réseau.

Le réseau est prêt pour n'importe quel fichier : une couche Input qui prend sa forme dans les données, une couche cachée de 16 neurones ReLU, et une couche de sortie de 2 neurones Softmax. Si tes étiquettes ont plus de deux valeurs différentes, donne à la couche de sortie un neurone par valeur : la liste Problèmes te prévient quand les nombres ne correspondent pas.

Les réglages Données **standardisent** déjà chaque colonne (pour qu'une colonne de grands nombres n'écrase pas les autres), gardent 20 % des lignes à part pour le test, et mettent de côté 10 % du reste pour la validation.</translation>
        </message>
        <message>
            <source>The dataset is the first choice in the Data settings: pick Your own CSV file, and a Browse… button appears for the file.</source>
            <translation>Le jeu de données est le premier choix dans les réglages Données : choisis Ton propre fichier CSV, et un bouton Parcourir… apparaît pour le fichier.</translation>
        </message>
        <message>
            <source>The label column is the column with the answers; once the file is read, its columns are offered in a list.</source>
            <translation>La colonne d'étiquette est celle qui contient les réponses ; une fois le fichier lu, ses colonnes te sont proposées dans une liste.</translation>
        </message>
        <message>
            <source>Choose your own CSV file and its label column in the Data settings.</source>
            <translation>Choisis ton propre fichier CSV et sa colonne d'étiquette dans les réglages Données.</translation>
        </message>
        <message>
            <source>Above 90%</source>
            <translation>Plus de 90 %</translation>
        </message>
        <message>
            <source>Train, and look at the Results tab. The goal below ticks itself off as you reach each part.

Think about what the number means:

- A network can only be as good as the data. If your columns say little about the label, no network reaches 90%: choose a label that the numbers really decide.
- Check the share of the most common label. If 95% of your rows say `fresh`, a network that always answers `fresh` gets 95% and has learned nothing. The confusion matrix in the Results tab shows it at once.
- With only a few rows, the test is only a few rows too, and one lucky or unlucky row moves the score a lot.</source>
            <translation>Entraîne le réseau, puis regarde l'onglet Résultats. L'objectif ci-dessous se coche tout seul, partie par partie, à mesure que tu les atteins.

Réfléchis à ce que ce nombre veut dire :

- Un réseau ne peut pas être meilleur que ses données. Si tes colonnes en disent peu sur l'étiquette, aucun réseau n'atteindra 90 % : choisis une étiquette que les nombres déterminent vraiment.
- Regarde la part de l'étiquette la plus fréquente. Si 95 % de tes lignes disent `fresh`, un réseau qui répond toujours `fresh` obtient 95 % sans avoir rien appris. La matrice de confusion de l'onglet Résultats le montre tout de suite.
- Avec peu de lignes, le test n'a lui aussi que peu de lignes, et une seule ligne chanceuse ou malchanceuse fait beaucoup bouger le score.</translation>
        </message>
        <message>
            <source>If the file will not load, read the sentence under the file name in the Data settings: it names the row and the column that are wrong.</source>
            <translation>Si le fichier ne se charge pas, lis la phrase sous le nom du fichier dans les réglages Données : elle indique la ligne et la colonne qui posent problème.</translation>
        </message>
        <message>
            <source>Far below 90%? Look at the curves: if the training accuracy is high but the validation accuracy is low, the network memorises; fewer neurons or more rows help. If both are low, try more epochs, or ask whether your columns can decide the label at all.</source>
            <translation>Loin de 90 % ? Regarde les courbes : si la précision d'entraînement est haute mais la précision de validation basse, le réseau mémorise ; moins de neurones ou plus de lignes peuvent aider. Si les deux sont basses, essaie plus d'époques, ou demande-toi si tes colonnes peuvent vraiment déterminer l'étiquette.</translation>
        </message>
        <message>
            <source>A more useful column often helps more than a bigger network.</source>
            <translation>Une colonne plus utile aide souvent davantage qu'un réseau plus grand.</translation>
        </message>
        <message>
            <source>Use your own CSV file, and keep at least 10% of its rows apart for the test.</source>
            <translation>Utilise ton propre fichier CSV, et garde au moins 10 % de ses lignes à part pour le test.</translation>
        </message>
    </context>
    <context>
        <name>Lesson challenge-small-mnist</name>
        <message>
            <source>Challenge: 97% with 20,000 parameters</source>
            <translation>Défi : 97 % avec 20 000 paramètres</translation>
        </message>
        <message>
            <source>Reach at least 97% on the MNIST test digits with a network of at most 20,000 parameters: a fifth of the first lesson's network.</source>
            <translation>Atteins au moins 97 % sur les chiffres de test MNIST avec un réseau d'au plus 20 000 paramètres : un cinquième du réseau de la première leçon.</translation>
        </message>
        <message>
            <source>Small MNIST challenge</source>
            <translation>Défi MNIST réduit</translation>
        </message>
        <message>
            <source>The challenge</source>
            <translation>Le défi</translation>
        </message>
        <message>
            <source>In the first lesson, a network of **101,770** parameters read handwritten digits with about 97.5% accuracy. Can you do almost as well with a network five times smaller?

**Your goal:** at least **97%** on the 10,000 MNIST test digits, with at most **20,000** parameters (weights and biases).

The rules:

- the data stays MNIST, tested on all 10,000 test digits;
- everything else is yours to change: layers, neurons, activations, the optimizer, epochs, batch size, preprocessing.

You start from the first lesson's network. The count beside the Train button tells you where you stand; the layer stack and the Network tab show where the parameters sit. There is no single right answer, and there is no recipe here: experiment, keep notes, compare your runs in the Runs tab. Press **Next** to see the goal.</source>
            <translation>Dans la première leçon, un réseau de **101 770** paramètres lisait les chiffres manuscrits avec une précision d'environ 97,5 %. Peux-tu faire presque aussi bien avec un réseau cinq fois plus petit ?

**Ton objectif :** au moins **97 %** sur les 10 000 chiffres de test MNIST, avec au plus **20 000** paramètres (poids et biais).

Les règles :

- les données restent MNIST, testées sur les 10 000 chiffres de test ;
- tout le reste, tu peux le changer : couches, neurones, activations, optimiseur, époques, taille de lot, prétraitement.

Tu pars du réseau de la première leçon. Le compteur à côté du bouton Entraîner te dit où tu en es ; la pile de couches et l'onglet Réseau montrent où se trouvent les paramètres. Il n'y a pas une seule bonne réponse, et pas de recette ici : expérimente, prends des notes, compare tes essais dans l'onglet Essais. Appuie sur **Suivant** pour voir l'objectif.</translation>
        </message>
        <message>
            <source>Your small network</source>
            <translation>Ton petit réseau</translation>
        </message>
        <message>
            <source>Build, train, look, change, train again. The goal below ticks itself off as you reach each part.

A tip from scientists: change **one thing at a time**, so that you know what made the difference.</source>
            <translation>Construis, entraîne, regarde, change, entraîne à nouveau. L'objectif ci-dessous se coche tout seul à mesure que tu en atteins chaque partie.

Un conseil de scientifique : change **une seule chose à la fois**, pour savoir ce qui a fait la différence.</translation>
        </message>
        <message>
            <source>Where are the parameters? Select each layer in the stack: almost all of them sit between the 784 pixels and the 128 hidden neurons. Shrink one side or the other.</source>
            <translation>Où sont les paramètres ? Sélectionne chaque couche dans la pile : presque tous se trouvent entre les 784 pixels et les 128 neurones cachés. Réduis l'un ou l'autre côté.</translation>
        </message>
        <message>
            <source>Fewer hidden neurons is the first idea, and worth a try. Watch the test accuracy as well as the count: how close to 97% does it get?</source>
            <translation>Moins de neurones cachés, c'est la première idée, et elle vaut la peine d'être essayée. Surveille la précision de test autant que le compteur : jusqu'où s'approche-t-elle de 97 % ?</translation>
        </message>
        <message>
            <source>Another idea: make the picture smaller before any Dense layer sees it. The Convolution group of the palette has layers that shrink a picture and learn what to keep. They read pictures with channels (28, 28, 1), so a Reshape layer comes first.</source>
            <translation>Autre idée : rendre l'image plus petite avant qu'une couche Dense ne la voie. Le groupe Convolution de la palette contient des couches qui rétrécissent une image et apprennent quoi garder. Elles lisent des images avec des canaux (28, 28, 1), donc une couche Reshape vient d'abord.</translation>
        </message>
        <message>
            <source>Epochs, batch size and the optimizer's settings cost no parameters at all.</source>
            <translation>Les époques, la taille de lot et les réglages de l'optimiseur ne coûtent aucun paramètre.</translation>
        </message>
        <message>
            <source>Use the MNIST digits, tested on all 10,000 test digits.</source>
            <translation>Utilise les chiffres MNIST, testés sur les 10 000 chiffres de test.</translation>
        </message>
    </context>
    <context>
        <name>Lesson challenge-xor-fewest</name>
        <message>
            <source>Challenge: XOR with the fewest neurons</source>
            <translation>Défi : XOR avec le moins de neurones possible</translation>
        </message>
        <message>
            <source>The XOR lesson used 16 hidden neurons. Get all four rows right with a hidden layer of at most 4, then see how low you can go.</source>
            <translation>La leçon XOR utilisait 16 neurones cachés. Réussis les quatre lignes avec une couche cachée d'au plus 4 neurones, puis vois jusqu'où tu peux descendre.</translation>
        </message>
        <message>
            <source>XOR with few neurons</source>
            <translation>XOR avec peu de neurones</translation>
        </message>
        <message>
            <source>The challenge</source>
            <translation>Le défi</translation>
        </message>
        <message>
            <source>In the XOR lesson, a hidden layer of **16** ReLU neurons learned the four rows. Are 16 really needed?

**Your goal:** all four rows right (100% training accuracy) with a network of one hidden layer of at most **4** neurons, still on the XOR table.

In theory, **2** ReLU neurons are enough. With the inputs $x_1$ and $x_2$:

- neuron 1 computes $h_1 = max(0, x_1 + x_2)$, which is 0, 1, 1, 2 for the four rows;
- neuron 2 computes $h_2 = max(0, x_1 + x_2 - 1)$, which is 0, 0, 0, 1;
- $h_1 - 2 h_2$ is then 0, 1, 1, 0: exactly XOR.

But training has to *find* such weights, starting from random ones, and with few neurons it can get stuck: a neuron whose sum is below 0 for all four rows gives 0 and learns nothing, and the network can stay stuck at 75% or 50%. With few neurons, luck matters.

Press **Next** to see the goal. When you have it with 4, try 3, then 2.</source>
            <translation>Dans la leçon XOR, une couche cachée de **16** neurones ReLU a appris les quatre lignes. Faut-il vraiment 16 neurones ?

**Ton objectif :** les quatre lignes justes (100 % de précision d'entraînement) avec un réseau d'une seule couche cachée d'au plus **4** neurones, toujours sur la table XOR.

En théorie, **2** neurones ReLU suffisent. Avec les entrées $x_1$ et $x_2$ :

- le neurone 1 calcule $h_1 = max(0, x_1 + x_2)$, qui vaut 0, 1, 1, 2 pour les quatre lignes ;
- le neurone 2 calcule $h_2 = max(0, x_1 + x_2 - 1)$, qui vaut 0, 0, 0, 1 ;
- $h_1 - 2 h_2$ vaut alors 0, 1, 1, 0 : exactement XOR.

Mais l'entraînement doit *trouver* de tels poids, en partant de poids aléatoires, et avec peu de neurones il peut se coincer : un neurone dont la somme est en dessous de 0 pour les quatre lignes donne 0 et n'apprend rien, et le réseau peut rester bloqué à 75 % ou 50 %. Avec peu de neurones, la chance compte.

Appuie sur **Suivant** pour voir l'objectif. Quand tu l'as atteint avec 4, essaie 3, puis 2.</translation>
        </message>
        <message>
            <source>Fewer neurons</source>
            <translation>Moins de neurones</translation>
        </message>
        <message>
            <source>Change the network, train, look at the curves and the boundary, and try again. The goal below ticks itself off as you reach each part.

Keep a note of what you tried: the neurons, the seed, the learning rate, the epochs, and whether it reached 100%.</source>
            <translation>Modifie le réseau, entraîne-le, regarde les courbes et la frontière, puis réessaie. L'objectif ci-dessous se coche tout seul, partie par partie, à mesure que tu les atteins.

Note ce que tu as essayé : les neurones, la graine, le taux d'apprentissage, les époques, et si le réseau a atteint 100 % ou non.</translation>
        </message>
        <message>
            <source>The number of neurons is the hidden layer's Units, in its settings.</source>
            <translation>Le nombre de neurones, c'est le champ Neurones de la couche cachée, dans ses réglages.</translation>
        </message>
        <message>
            <source>Stuck at 75% or 50%? That is the random start. Change the Random seed in the Training settings and train again; try a few.</source>
            <translation>Bloqué à 75 % ou 50 % ? C'est la faute du départ aléatoire. Change la Graine aléatoire dans les réglages Entraînement et entraîne à nouveau ; essaie plusieurs graines.</translation>
        </message>
        <message>
            <source>Few neurons learn slowly with small steps. In Loss and optimizer, a learning rate of 0.01 instead of 0.001 takes bigger steps; more epochs give it more time.</source>
            <translation>Avec de petits pas, peu de neurones apprennent lentement. Dans Perte et optimiseur, un taux d'apprentissage de 0.01 au lieu de 0.001 fait de plus grands pas ; plus d'époques lui laissent plus de temps.</translation>
        </message>
        <message>
            <source>Keep one hidden layer: Input, Dense, Dense.</source>
            <translation>Garde une seule couche cachée : Input, Dense, Dense.</translation>
        </message>
        <message>
            <source>Give the hidden layer (layer 2) at most 4 neurons.</source>
            <translation>Donne à la couche cachée (couche 2) au plus 4 neurones.</translation>
        </message>
        <message>
            <source>Keep the XOR table as the data.</source>
            <translation>Garde la table XOR comme données.</translation>
        </message>
    </context>
    <context>
        <name>Lesson layers-8-6-6-4</name>
        <message>
            <source>Layers: building the 8-6-6-4 network</source>
            <translation>Les couches : construire le réseau 8-6-6-4</translation>
        </message>
        <message>
            <source>What a layer is and what its shapes and weights are, counted by hand: build the small 8-6-6-4 network of the textbooks layer by layer, meet the other kinds of layers in the palette, then train it and follow one example through it.</source>
            <translation>Ce qu'est une couche, ce que sont ses formes et ses poids, comptés à la main : construis couche par couche le petit réseau 8-6-6-4 des manuels, découvre les autres sortes de couches de la palette, puis entraîne-le et suis un exemple à travers lui.</translation>
        </message>
        <message>
            <source>8-6-6-4 lesson</source>
            <translation>Leçon 8-6-6-4</translation>
        </message>
        <message>
            <source>What is a layer?</source>
            <translation>Qu'est-ce qu'une couche ?</translation>
        </message>
        <message>
            <source>A neural network is built in **layers**, stacked one under the other. The numbers of one example go in at the top, pass through each layer in turn, and come out at the bottom as the answer. Each layer takes a list of numbers and hands on a new list, often of a different length.

In this lesson you build a small network that books often draw: 8 inputs, two hidden layers of 6 neurons, and 4 outputs. People call it **8-6-6-4**.

The data is made up for it: 1,000 examples, each described by **8 numbers**, each belonging to one of **4 classes**. Think of 8 measurements of a fruit, and 4 kinds of fruit. The network must learn to tell the class from the 8 numbers.

The layer stack already holds the **Input** layer, with the shape `8`. It computes nothing: it says what one example looks like. Keep the **Network** tab open to watch the picture grow as you add layers, then press **Next**.</source>
            <translation>Un réseau de neurones est construit en **couches**, empilées les unes sous les autres. Les nombres d'un exemple entrent par le haut, traversent chaque couche tour à tour et ressortent en bas : c'est la réponse. Chaque couche reçoit une liste de nombres et en transmet une nouvelle, souvent d'une autre longueur.

Dans cette leçon, tu construis un petit réseau que les livres dessinent souvent : 8 entrées, deux couches cachées de 6 neurones et 4 sorties. On l'appelle **8-6-6-4**.

Les données sont inventées pour lui : 1 000 exemples, chacun décrit par **8 nombres** et appartenant à l'une des **4 classes**. Imagine 8 mesures d'un fruit, et 4 sortes de fruits. Le réseau doit apprendre à trouver la classe à partir des 8 nombres.

La pile de couches contient déjà la couche **Input**, avec la forme `8`. Elle ne calcule rien : elle dit à quoi ressemble un exemple. Garde l'onglet **Réseau** ouvert pour voir le dessin grandir à mesure que tu ajoutes des couches, puis appuie sur **Suivant**.</translation>
        </message>
        <message>
            <source>Six neurons, 54 numbers</source>
            <translation>Six neurones, 54 nombres</translation>
        </message>
        <message>
            <source>Drag a **Dense** layer from the palette under Input, and give it **6** units with the activation **ReLU**.

*Dense* means that every neuron is joined to every input. Each of the 6 neurons takes the 8 inputs $x_1$ to $x_8$, multiplies each by a weight of its own, adds them up with a bias $b$, and applies ReLU:

$z = w_1 x_1 + w_2 x_2 + ... + w_8 x_8 + b$, then $max(0, z)$

So the layer takes 8 numbers in and gives 6 out. Its weights fill a table of 8 rows and 6 columns:

$8 * 6 = 48$ weights, plus 6 biases: **54** parameters.</source>
            <translation>Fais glisser une couche **Dense** de la palette sous Input, et donne-lui **6** neurones avec l'activation **ReLU**.

*Dense* veut dire que chaque neurone est relié à chaque entrée. Chacun des 6 neurones prend les 8 entrées $x_1$ à $x_8$, multiplie chacune par un poids qui lui est propre, additionne le tout avec un biais $b$, puis applique ReLU :

$z = w_1 x_1 + w_2 x_2 + ... + w_8 x_8 + b$, puis $max(0, z)$

La couche reçoit donc 8 nombres et en donne 6. Ses poids remplissent un tableau de 8 lignes et 6 colonnes :

$8 * 6 = 48$ poids, plus 6 biais : **54** paramètres.</translation>
        </message>
        <message>
            <source>Drag Dense from the palette onto the layer stack, just below Input (or select Input and double-click Dense).</source>
            <translation>Fais glisser Dense de la palette sur la pile de couches, juste sous Input (ou sélectionne Input et double-clique sur Dense).</translation>
        </message>
        <message>
            <source>Select the new Dense layer and set its Units to 6; its activation is already ReLU.</source>
            <translation>Sélectionne la nouvelle couche Dense et règle son champ Neurones sur 6 ; son activation est déjà ReLU.</translation>
        </message>
        <message>
            <source>Have 54 parameters: 8 × 6 weights and 6 biases.</source>
            <translation>Le réseau doit avoir 54 paramètres : 8 × 6 poids et 6 biais.</translation>
        </message>
        <message>
            <source>A second hidden layer</source>
            <translation>Une deuxième couche cachée</translation>
        </message>
        <message>
            <source>Add a second **Dense** layer of **6** units with **ReLU** under the first one.

It takes the 6 numbers of the first layer and gives 6 new ones: $6 * 6 = 36$ weights plus 6 biases, **42** parameters. The network now has $54 + 42 = 96$.

These two layers are called **hidden**: their numbers are neither in the data nor in the answer, and the network decides by itself what they mean. The first layer finds simple patterns in the 8 inputs; the second combines those patterns into bigger ones.</source>
            <translation>Ajoute sous la première une deuxième couche **Dense** de **6** neurones avec **ReLU**.

Elle prend les 6 nombres de la première couche et en donne 6 nouveaux : $6 * 6 = 36$ poids plus 6 biais, soit **42** paramètres. Le réseau en a maintenant $54 + 42 = 96$.

Ces deux couches sont dites **cachées** : leurs nombres ne sont ni dans les données ni dans la réponse, et c'est le réseau qui décide lui-même de ce qu'ils veulent dire. La première couche trouve des motifs simples dans les 8 entrées ; la deuxième combine ces motifs en motifs plus grands.</translation>
        </message>
        <message>
            <source>Drag another Dense layer to the bottom of the stack, under the first one.</source>
            <translation>Fais glisser une autre couche Dense en bas de la pile, sous la première.</translation>
        </message>
        <message>
            <source>Set its Units to 6; keep ReLU.</source>
            <translation>Règle son champ Neurones sur 6 ; garde ReLU.</translation>
        </message>
        <message>
            <source>Have 96 parameters: 54 in the first hidden layer and 42 in the second.</source>
            <translation>Le réseau doit avoir 96 paramètres : 54 dans la première couche cachée et 42 dans la deuxième.</translation>
        </message>
        <message>
            <source>Four answers</source>
            <translation>Quatre réponses</translation>
        </message>
        <message>
            <source>The last layer gives the answer: one probability per class. Add a **Dense** layer of **4** units with the activation **Softmax**, which makes the 4 numbers positive and adds them up to 1.

It has $6 * 4 = 24$ weights and 4 biases: **28** parameters. The whole network:

$(8 * 6 + 6) + (6 * 6 + 6) + (6 * 4 + 4) = 54 + 42 + 28 = 124$

Look at the Network tab: 8, 6, 6 and 4 circles, each joined to every circle of the layer above. Count the lines if you like: $48 + 36 + 24 = 108$, one per weight. The 16 biases are the rest of the 124.</source>
            <translation>La dernière couche donne la réponse : une probabilité par classe. Ajoute une couche **Dense** de **4** neurones avec l'activation **Softmax**, qui rend les 4 nombres positifs et fait que leur somme vaut 1.

Elle a $6 * 4 = 24$ poids et 4 biais : **28** paramètres. Le réseau entier :

$(8 * 6 + 6) + (6 * 6 + 6) + (6 * 4 + 4) = 54 + 42 + 28 = 124$

Regarde l'onglet Réseau : 8, 6, 6 et 4 cercles, chacun relié à tous les cercles de la couche du dessus. Compte les traits si tu veux : $48 + 36 + 24 = 108$, un par poids. Les 16 biais font le reste des 124.</translation>
        </message>
        <message>
            <source>Drag a Dense layer to the very bottom of the stack.</source>
            <translation>Fais glisser une couche Dense tout en bas de la pile.</translation>
        </message>
        <message>
            <source>Set its Units to 4 (one per class) and its Activation to Softmax.</source>
            <translation>Règle son champ Neurones sur 4 (un par classe) et son Activation sur Softmax.</translation>
        </message>
        <message>
            <source>Have exactly 124 parameters in the whole network.</source>
            <translation>Le réseau entier doit avoir exactement 124 paramètres.</translation>
        </message>
        <message>
            <source>Other kinds of layers</source>
            <translation>D'autres sortes de couches</translation>
        </message>
        <message>
            <source>Dense is the workhorse, but the palette holds other kinds, each for a job:

- **Flatten** lays a grid out as one row: a 28 by 28 picture becomes 784 numbers. It learns nothing.
- **Reshape** arranges the numbers in another shape with the same count, for example 784 back into 28 by 28 by 1 so that a Conv2D layer can read it. It learns nothing either.
- **Dropout** switches off a random share of its inputs at every training step, so the network cannot lean on any single neuron. It helps against memorising the training data, and does nothing when the network answers.
- **Batch normalization** rescales its inputs to a steady mean and spread during training, which often lets a network learn faster.
- **Conv2D** slides small filters, say 3 by 3 pixels, over a picture, and records where each filter finds its pattern: an edge, a curve, a corner. The same 9 weights are used all over the picture, so it needs few parameters.
- **Max pooling 2D** shrinks a picture by keeping only the largest value in each small window, for example 2 by 2 into 1.
- **Simple RNN** and **LSTM** read a sequence one step at a time, such as the words of a sentence or the temperatures of a week, carrying a memory from one step to the next. An LSTM has gates that decide what to remember and what to forget.

Point at a layer in the palette to read what it does. Press **Next** to try one.</source>
            <translation>Dense est la couche à tout faire, mais la palette contient d'autres sortes de couches, chacune pour une tâche :

- **Flatten** étale une grille en une seule rangée : une image de 28 sur 28 devient 784 nombres. Elle n'apprend rien.
- **Reshape** range les nombres dans une autre forme avec le même nombre de valeurs, par exemple 784 à nouveau en 28 sur 28 sur 1, pour qu'une couche Conv2D puisse les lire. Elle n'apprend rien non plus.
- **Dropout** éteint au hasard une partie de ses entrées à chaque pas d'entraînement, pour que le réseau ne puisse s'appuyer sur aucun neurone en particulier. Elle aide à ne pas mémoriser les données d'entraînement, et ne fait rien quand le réseau répond.
- **Normalisation par lots** ramène ses entrées à une moyenne et une dispersion stables pendant l'entraînement, ce qui aide souvent le réseau à apprendre plus vite.
- **Conv2D** fait glisser de petits filtres, disons de 3 sur 3 pixels, sur une image, et note où chaque filtre trouve son motif : un bord, une courbe, un coin. Les mêmes 9 poids servent sur toute l'image, donc elle a besoin de peu de paramètres.
- **Max pooling 2D** rétrécit une image en ne gardant que la plus grande valeur de chaque petite fenêtre : par exemple, 2 sur 2 devient 1.
- **RNN simple** et **LSTM** lisent une séquence un pas à la fois, comme les mots d'une phrase ou les températures d'une semaine, en gardant une mémoire d'un pas au suivant. Une LSTM a des portes qui décident quoi retenir et quoi oublier.

Pointe une couche de la palette avec la souris pour lire ce qu'elle fait. Appuie sur **Suivant** pour en essayer une.</translation>
        </message>
        <message>
            <source>Try one: Dropout</source>
            <translation>Essaies-en une : Dropout</translation>
        </message>
        <message>
            <source>Drag a **Dropout** layer between the two hidden layers, so that it becomes layer 3. Keep its rate of 0.2: during training, at every step, a random 20% of the first hidden layer's outputs are set to 0.

Now look at the count beside the Train button: still **124**. Dropout has nothing to learn, so it adds no parameters. Its output has the same shape as its input: 6 numbers in, 6 out.</source>
            <translation>Fais glisser une couche **Dropout** entre les deux couches cachées, pour qu'elle devienne la couche 3. Garde son taux de 0.2 : pendant l'entraînement, à chaque pas, 20 % des sorties de la première couche cachée, tirées au hasard, sont mises à 0.

Regarde maintenant le compteur à côté du bouton Entraîner : toujours **124**. Dropout n'a rien à apprendre, elle n'ajoute donc aucun paramètre. Sa sortie a la même forme que son entrée : 6 nombres entrent, 6 sortent.</translation>
        </message>
        <message>
            <source>Dropout is in the Regularisation group of the palette.</source>
            <translation>Dropout se trouve dans le groupe Régularisation de la palette.</translation>
        </message>
        <message>
            <source>Drop it between the first and the second Dense layer.</source>
            <translation>Dépose-la entre la première et la deuxième couche Dense.</translation>
        </message>
        <message>
            <source>Keep 124 parameters: Dropout adds none.</source>
            <translation>Le réseau doit garder 124 paramètres : Dropout n'en ajoute aucun.</translation>
        </message>
        <message>
            <source>Back to 8-6-6-4, and train</source>
            <translation>Retour au 8-6-6-4, et entraînement</translation>
        </message>
        <message>
            <source>A network this small has little to memorise, so take the Dropout layer out again: select it and press **Delete**. You are back to 8-6-6-4.

The rest is set as in the tutorial. The Data settings **standardise** each of the 8 features (each gets a mean of 0 and a spread of 1, so that no measurement counts more just because its numbers are bigger), keep 20% of the 1,000 examples for the test, and hold back 10% of the rest for validation. The Training settings ask for 50 epochs of batches of 32.

Guess the test accuracy, then press **Train**. With 4 classes, guessing at random would be right 25% of the time.</source>
            <translation>Un réseau aussi petit a peu de choses à mémoriser, alors retire la couche Dropout : sélectionne-la et appuie sur **Suppr**. Te revoilà avec le 8-6-6-4.

Le reste est réglé comme dans le tutoriel. Les réglages Données **standardisent** chacune des 8 caractéristiques (chacune reçoit une moyenne de 0 et une dispersion de 1, pour qu'aucune mesure ne compte plus juste parce que ses nombres sont plus grands), gardent 20 % des 1 000 exemples pour le test, et mettent de côté 10 % du reste pour la validation. Les réglages Entraînement demandent 50 époques avec des lots de 32.

Devine la précision de test, puis appuie sur **Entraîner**. Avec 4 classes, répondre au hasard serait juste 25 % du temps.</translation>
        </message>
        <message>
            <source>Click the Dropout layer in the stack and press the Delete key.</source>
            <translation>Clique sur la couche Dropout dans la pile et appuie sur la touche Suppr.</translation>
        </message>
        <message>
            <source>Then press Train and watch the Training tab.</source>
            <translation>Puis appuie sur Entraîner et regarde l'onglet Entraînement.</translation>
        </message>
        <message>
            <source>What share of the test examples will the 8-6-6-4 network put in the right class?</source>
            <translation>Quelle part des exemples de test le réseau 8-6-6-4 va-t-il mettre dans la bonne classe ?</translation>
        </message>
        <message>
            <source>The data prepared as in the tutorial.</source>
            <translation>Données préparées comme dans le tutoriel.</translation>
        </message>
        <message>
            <source>50 epochs of batches of 32, as in the tutorial.</source>
            <translation>50 époques avec des lots de 32, comme dans le tutoriel.</translation>
        </message>
        <message>
            <source>Have the 8-6-6-4 network again, with its 124 parameters.</source>
            <translation>Reviens au réseau 8-6-6-4, avec ses 124 paramètres.</translation>
        </message>
        <message>
            <source>Inside the network</source>
            <translation>À l'intérieur du réseau</translation>
        </message>
        <message>
            <source>Your network probably put around three test examples in four into the right class. The four classes of this data overlap, so some examples sit right where another class is just as likely: no network can get all of those.

Now open the **Inside** tab. Pick one example: you see its 8 input numbers, the 6 and 6 numbers of the hidden layers (coloured by how strongly each neuron fired), and the 4 probabilities at the end.

Click a neuron of the first hidden layer to see its arithmetic with the real numbers: its 8 weights times the 8 inputs, plus its bias, gives $z$; then ReLU. That is all a Dense layer does, 6 times over, and the whole network is just three such layers in a row.</source>
            <translation>Ton réseau a sans doute mis environ trois exemples de test sur quatre dans la bonne classe. Les quatre classes de ces données se chevauchent : certains exemples se trouvent juste là où une autre classe est tout aussi probable, et aucun réseau ne peut tous les réussir.

Ouvre maintenant l'onglet **Intérieur**. Choisis un exemple : tu vois ses 8 nombres d'entrée, les 6 et 6 nombres des couches cachées (colorés selon la force avec laquelle chaque neurone s'est activé) et les 4 probabilités à la fin.

Clique sur un neurone de la première couche cachée pour voir son calcul avec les vrais nombres : ses 8 poids multipliés par les 8 entrées, plus son biais, donnent $z$ ; puis vient ReLU. C'est tout ce que fait une couche Dense, 6 fois de suite, et le réseau entier n'est que trois couches de ce genre à la suite.</translation>
        </message>
        <message>
            <source>The Inside tab is at the top of the window, after Draw a digit.</source>
            <translation>L'onglet Intérieur est en haut de la fenêtre, après Dessiner un chiffre.</translation>
        </message>
        <message>
            <source>The network is 8-6-6-4, with 124 parameters.</source>
            <translation>Le réseau est un 8-6-6-4, avec 124 paramètres.</translation>
        </message>
    </context>
    <context>
        <name>Lesson mnist-128</name>
        <message>
            <source>Reading handwritten digits</source>
            <translation>Lire des chiffres manuscrits</translation>
        </message>
        <message>
            <source>Build the classic digit reader yourself: lay a 28×28 picture out as 784 numbers, add 128 ReLU neurons and ten softmax outputs, guess how well it will do, train it, and test it on your own handwriting.</source>
            <translation>Construis toi-même le lecteur de chiffres classique : étale une image de 28×28 en 784 nombres, ajoute 128 neurones ReLU et dix sorties softmax, devine ses performances, entraîne-le, et teste-le sur ta propre écriture.</translation>
        </message>
        <message>
            <source>MNIST lesson</source>
            <translation>Leçon MNIST</translation>
        </message>
        <message>
            <source>Seventy thousand digits</source>
            <translation>Soixante-dix mille chiffres</translation>
        </message>
        <message>
            <source>**MNIST** is a collection of **70,000** handwritten digits, 0 to 9, written by real people. Each one is a small grey picture of 28 by 28 pixels, and each pixel is a number from 0 (black background) to 255 (full ink). 60,000 pictures are for learning; the other 10,000 are kept apart for the final test, so the network is marked on digits it has never seen.

Your job: build a network that looks at the pixels of a picture and says which digit it is.

The Data settings already hold MNIST, with the preprocessing *Scale to 0..1*: every pixel is divided by 255, so the network gets numbers between 0 and 1. The layer stack holds one layer so far, **Input**, with the shape `28, 28`: one example is a grid of 28 rows of 28 pixels. Press **Next** when you are ready.</source>
            <translation>**MNIST** est une collection de **70 000** chiffres manuscrits, de 0 à 9, écrits par de vraies personnes. Chacun est une petite image en niveaux de gris de 28 sur 28 pixels, et chaque pixel est un nombre de 0 (fond noir) à 255 (encre pleine). 60 000 images servent à apprendre ; les 10 000 autres sont gardées à part pour le test final, pour que le réseau soit noté sur des chiffres qu'il n'a jamais vus.

Ta mission : construire un réseau qui regarde les pixels d'une image et dit de quel chiffre il s'agit.

Les réglages Données contiennent déjà MNIST, avec le prétraitement *Ramener à 0..1* : chaque pixel est divisé par 255, donc le réseau reçoit des nombres entre 0 et 1. Pour l'instant, la pile de couches ne contient qu'une couche, **Input**, de forme `28, 28` : un exemple est une grille de 28 rangées de 28 pixels. Appuie sur **Suivant** quand tu veux commencer.</translation>
        </message>
        <message>
            <source>From a grid to a row</source>
            <translation>D'une grille à une ligne</translation>
        </message>
        <message>
            <source>The layer that will do the thinking, **Dense**, reads a *row* of numbers, not a grid. So first the picture is laid out in one long row: the 28 pixels of the top line, then the 28 of the next line right after them, and so on down the picture. 28 lines of 28 pixels make a row of

$28 * 28 = 784$ numbers.

That is what a **Flatten** layer does. Drag **Flatten** from the palette and drop it under Input. The layer stack shows its output: 784 numbers per picture. Flatten learns nothing, it only lays the numbers out anew, so it has 0 parameters.</source>
            <translation>La couche qui va réfléchir, **Dense**, lit une *ligne* de nombres, pas une grille. Il faut donc d'abord étaler l'image en une seule longue ligne : les 28 pixels de la rangée du haut, puis les 28 de la rangée suivante juste après, et ainsi de suite jusqu'en bas de l'image. 28 rangées de 28 pixels donnent une ligne de

$28 * 28 = 784$ nombres.

C'est ce que fait une couche **Flatten**. Fais glisser **Flatten** depuis la palette et dépose-la sous Input. La pile de couches affiche sa sortie : 784 nombres par image. Flatten n'apprend rien, elle ne fait que réarranger les nombres : elle a donc 0 paramètre.</translation>
        </message>
        <message>
            <source>The palette is the list of layer kinds. Drag Flatten onto the layer stack, just below Input (or select Input and double-click Flatten).</source>
            <translation>La palette est la liste des types de couches. Fais glisser Flatten sur la pile de couches, juste sous Input (ou sélectionne Input et double-clique sur Flatten).</translation>
        </message>
        <message>
            <source>Flatten is in the Core group of the palette, near the top.</source>
            <translation>Flatten est dans le groupe Base de la palette, près du haut.</translation>
        </message>
        <message>
            <source>128 neurons, 100,480 numbers to learn</source>
            <translation>128 neurones, 100 480 nombres à apprendre</translation>
        </message>
        <message>
            <source>Now the hidden layer. Drag a **Dense** layer under Flatten, select it, and in its settings give it **128** units (neurons). Keep the activation **ReLU**.

Each of the 128 neurons looks at all 784 numbers. It multiplies every number by a weight of its own, adds the 784 results up, adds one more number of its own, the **bias**, and passes the sum $z$ through ReLU, which keeps positive numbers and turns negative ones into 0:

$relu(z) = max(0, z)$

So one neuron has 784 weights and 1 bias. The whole layer has

$784 * 128 = 100,352$ weights, plus 128 biases: **100,480** parameters.

All of them start as small random numbers. Training will tune every one of those 100,480 numbers.</source>
            <translation>Passons à la couche cachée. Fais glisser une couche **Dense** sous Flatten, sélectionne-la et, dans ses réglages, donne-lui **128** neurones. Garde la fonction d'activation **ReLU**.

Chacun des 128 neurones regarde les 784 nombres. Il multiplie chaque nombre par un poids qui lui est propre, additionne les 784 résultats, ajoute encore un nombre bien à lui, le **biais**, et fait passer la somme $z$ par ReLU, qui garde les nombres positifs et transforme les négatifs en 0 :

$relu(z) = max(0, z)$

Un neurone a donc 784 poids et 1 biais. La couche entière a

$784 * 128 = 100,352$ poids, plus 128 biais : **100 480** paramètres.

Au départ, ce sont tous de petits nombres aléatoires. L'entraînement va ajuster chacun de ces 100 480 nombres.</translation>
        </message>
        <message>
            <source>Drag Dense from the palette onto the layer stack, just below Flatten.</source>
            <translation>Fais glisser Dense depuis la palette sur la pile de couches, juste sous Flatten.</translation>
        </message>
        <message>
            <source>Click the new Dense layer in the stack: its settings appear. Set Units to 128; its activation is already ReLU.</source>
            <translation>Clique sur la nouvelle couche Dense dans la pile : ses réglages apparaissent. Règle son champ Neurones sur 128 ; sa fonction d'activation est déjà ReLU.</translation>
        </message>
        <message>
            <source>Ten answers that add up to 1</source>
            <translation>Dix réponses dont la somme fait 1</translation>
        </message>
        <message>
            <source>The network must give one answer per digit: ten numbers. Add one more **Dense** layer at the bottom with **10** units and the activation **Softmax**.

Softmax turns the ten sums into ten **probabilities**: each becomes $e^z$, which is always positive, and then each is divided by the total of all ten. So the ten answers are between 0 and 1 and **always add up to 1**, like 100% shared among the ten digits. The biggest one is the network's answer: 0.91 for the digit 7 means "I am 91% sure it is a 7".

This layer has $128 * 10 = 1,280$ weights and 10 biases: 1,290 parameters. The line beside the Train button now counts the whole network: $100,480 + 1,290 = 101,770$ weights and biases to learn.</source>
            <translation>Le réseau doit donner une réponse par chiffre : dix nombres. Ajoute encore une couche **Dense** en bas, avec **10** neurones et la fonction d'activation **Softmax**.

Softmax transforme les dix sommes en dix **probabilités** : chacune devient $e^z$, qui est toujours positif, puis chacune est divisée par le total des dix. Les dix réponses sont donc entre 0 et 1 et leur somme **fait toujours 1**, comme 100 % partagés entre les dix chiffres. La plus grande est la réponse du réseau : 0,91 pour le chiffre 7 veut dire « je suis sûr à 91 % que c'est un 7 ».

Cette couche a $128 * 10 = 1,280$ poids et 10 biais : 1 290 paramètres. La ligne à côté du bouton Entraîner compte maintenant tout le réseau : $100,480 + 1,290 = 101,770$ poids et biais à apprendre.</translation>
        </message>
        <message>
            <source>Drag another Dense layer to the very bottom of the stack, under the Dense layer of 128.</source>
            <translation>Fais glisser une autre couche Dense tout en bas de la pile, sous la couche Dense de 128.</translation>
        </message>
        <message>
            <source>Its Units must be 10 (one per digit) and its Activation Softmax.</source>
            <translation>Son champ Neurones doit valoir 10 (un par chiffre) et son Activation Softmax.</translation>
        </message>
        <message>
            <source>If the count is not 101,770, check that the hidden layer still has 128 units.</source>
            <translation>Si le total n'est pas 101 770, vérifie que la couche cachée a toujours 128 neurones.</translation>
        </message>
        <message>
            <source>Have exactly 101,770 parameters (weights and biases) in the whole network.</source>
            <translation>Le réseau entier doit avoir exactement 101 770 paramètres (poids et biais).</translation>
        </message>
        <message>
            <source>How it will learn</source>
            <translation>Comment il va apprendre</translation>
        </message>
        <message>
            <source>Open the **Loss and optimizer** settings. Two things are already chosen for you.

The **loss** measures how wrong the network is. Here it is *sparse categorical cross-entropy*: it looks at the probability $p$ the network gave to the right digit, and the loss is $-log(p)$. Sure and right ($p = 0.9$) costs only 0.1; giving the right digit only $p = 0.1$ costs 2.3. "Sparse" means the labels are plain digits, 0 to 9.

The **optimizer**, Adam, changes the weights to make the loss smaller. It does not wait for all 60,000 pictures: it looks at a **batch** of 32, works out which way each of the 101,770 numbers should move, and nudges them all a little. That is $60,000 / 32 = 1,875$ nudges per **epoch** (one pass over all the pictures), and the Training settings ask for 10 epochs: 18,750 nudges in all.</source>
            <translation>Ouvre les réglages **Perte et optimiseur**. Deux choses sont déjà choisies pour toi.

La **perte** mesure à quel point le réseau se trompe. Ici, c'est l'*entropie croisée catégorielle éparse* : elle regarde la probabilité $p$ que le réseau a donnée au bon chiffre, et la perte vaut $-log(p)$. Si le réseau est sûr de lui et a raison ($p = 0.9$), ça ne coûte que 0,1 ; s'il ne donne au bon chiffre que $p = 0.1$, ça coûte 2,3. « Éparse » veut dire que les étiquettes sont de simples chiffres, de 0 à 9.

L'**optimiseur**, Adam, modifie les poids pour faire baisser la perte. Il n'attend pas d'avoir vu les 60 000 images : il regarde un **lot** de 32, calcule dans quel sens chacun des 101 770 nombres devrait bouger, et les ajuste tous un petit peu. Cela fait $60,000 / 32 = 1,875$ ajustements par **époque** (un passage sur toutes les images), et les réglages Entraînement demandent 10 époques : 18 750 ajustements en tout.</translation>
        </message>
        <message>
            <source>Guess, then train</source>
            <translation>Devine, puis entraîne</translation>
        </message>
        <message>
            <source>Before you press **Train**, make a guess: out of the 10,000 test digits the network has never seen, what share will it get right?

Then press **Train** and watch the Training tab: the loss falls and the accuracy climbs, epoch after epoch. It takes a minute or two. The test comes at the end, on the 10,000 test digits.</source>
            <translation>Avant d'appuyer sur **Entraîner**, fais une supposition : sur les 10 000 chiffres de test que le réseau n'a jamais vus, quelle part va-t-il reconnaître correctement ?

Puis appuie sur **Entraîner** et regarde l'onglet Entraînement : la perte baisse et la précision monte, époque après époque. Cela prend une minute ou deux. Le test vient à la fin, sur les 10 000 chiffres de test.</translation>
        </message>
        <message>
            <source>Press Train, below the picture of the network, and wait for the 10 epochs to finish.</source>
            <translation>Appuie sur Entraîner, sous l'image du réseau, et attends la fin des 10 époques.</translation>
        </message>
        <message>
            <source>The tutorial reached about 97.5%. If you are far below, compare your layers with the steps before: Flatten, Dense 128 ReLU, Dense 10 Softmax.</source>
            <translation>Le tutoriel a atteint environ 97,5 %. Si tu es loin en dessous, compare tes couches avec les étapes précédentes : Flatten, Dense 128 ReLU, Dense 10 Softmax.</translation>
        </message>
        <message>
            <source>What share of the 10,000 test digits will the trained network get right?</source>
            <translation>Quelle part des 10 000 chiffres de test le réseau entraîné va-t-il reconnaître correctement ?</translation>
        </message>
        <message>
            <source>10 epochs of batches of 32, as in the tutorial, so your result can be compared with the tutorial's.</source>
            <translation>10 époques de lots de 32, comme dans le tutoriel, pour que ton résultat soit comparable à celui du tutoriel.</translation>
        </message>
        <message>
            <source>The same digits, scaled the same way, as in the tutorial.</source>
            <translation>Les mêmes chiffres, mis à l'échelle de la même façon, comme dans le tutoriel.</translation>
        </message>
        <message>
            <source>Where it goes wrong</source>
            <translation>Là où il se trompe</translation>
        </message>
        <message>
            <source>About 97.5% right means about 250 of the 10,000 test digits wrong. Which ones? Open the **Results** tab.

The table is a **confusion matrix**: each row is the true digit, each column is what the network answered, and the diagonal is right. Click a cell off the diagonal, for example row 4, column 9, to see those digits. Many of them are digits a person would hesitate over too.</source>
            <translation>Environ 97,5 % de bonnes réponses, ça veut dire qu'environ 250 des 10 000 chiffres de test sont mal reconnus. Lesquels ? Ouvre l'onglet **Résultats**.

Le tableau est une **matrice de confusion** : chaque ligne est le vrai chiffre, chaque colonne ce que le réseau a répondu, et la diagonale correspond aux bonnes réponses. Clique sur une case hors de la diagonale, par exemple ligne 4, colonne 9, pour voir ces chiffres. Beaucoup d'entre eux feraient hésiter une personne aussi.</translation>
        </message>
        <message>
            <source>The Results tab is at the top of the window, beside Training and Runs.</source>
            <translation>L'onglet Résultats est en haut de la fenêtre, à côté d'Entraînement et d'Essais.</translation>
        </message>
        <message>
            <source>Your own handwriting</source>
            <translation>Ta propre écriture</translation>
        </message>
        <message>
            <source>Now the real test: your handwriting. Open the **Draw a digit** tab and draw a digit in the black square with the mouse. The ten bars are the ten softmax probabilities: watch them change as you draw, and check that they always add up to 1.

Your digits are not quite like MNIST's (a different pen, a different size), so the network may fail on some. Try a 1 with a foot, a 7 with a bar, a 4 with a closed top. If you are curious, the **Inside** tab follows one digit through every layer, down to a single neuron's sum.</source>
            <translation>Maintenant, le vrai test : ton écriture. Ouvre l'onglet **Dessiner un chiffre** et dessine un chiffre à la souris dans le carré noir. Les dix barres sont les dix probabilités de softmax : regarde-les changer pendant que tu dessines, et vérifie que leur somme fait toujours 1.

Tes chiffres ne ressemblent pas tout à fait à ceux de MNIST (un autre stylo, une autre taille), donc le réseau peut se tromper sur certains. Essaie un 1 avec un pied, un 7 barré, un 4 fermé en haut. Par curiosité, va voir l'onglet **Intérieur** : il suit un chiffre à travers chaque couche, jusqu'à la somme d'un seul neurone.</translation>
        </message>
        <message>
            <source>The Draw a digit tab is at the top of the window. Draw with the left mouse button held down.</source>
            <translation>L'onglet Dessiner un chiffre est en haut de la fenêtre. Dessine en gardant le bouton gauche de la souris enfoncé.</translation>
        </message>
        <message>
            <source>The network has 101,770 parameters (784, 128, 10).</source>
            <translation>Le réseau a 101 770 paramètres (784, 128, 10).</translation>
        </message>
    </context>
    <context>
        <name>Lesson mnist-512</name>
        <message>
            <source>Preparing the data: scaled pixels and one-hot labels</source>
            <translation>Préparer les données : pixels mis à l'échelle et étiquettes one-hot</translation>
        </message>
        <message>
            <source>Prepare MNIST the way the tutorial did before the network sees it: pixels scaled to 0..1, pictures laid out as 784 numbers, labels written one-hot. Then train 512 ReLU neurons with Adam for 5 epochs, and find out whether two ways of writing a label make any difference.</source>
            <translation>Prépare MNIST comme le tutoriel avant que le réseau ne le voie : pixels ramenés entre 0 et 1, images présentées comme 784 nombres, étiquettes écrites en one-hot. Entraîne ensuite 512 neurones ReLU avec Adam pendant 5 époques, et découvre si deux façons d'écrire une étiquette changent quelque chose.</translation>
        </message>
        <message>
            <source>MNIST 512 lesson</source>
            <translation>Leçon MNIST 512</translation>
        </message>
        <message>
            <source>Same digits, your own preparation</source>
            <translation>Les mêmes chiffres, ta propre préparation</translation>
        </message>
        <message>
            <source>Here are the MNIST digits again: 60,000 pictures to learn from, 10,000 to test on, 28 by 28 pixels each.

This time the data comes raw, and you prepare it yourself, as the tutorial did in three moves:

- scale every pixel from 0..255 down to 0..1;
- lay every picture out as one row of 784 numbers;
- write every label as a row of ten numbers ("one-hot").

Then you build a bigger network than in the first lesson, with **512** hidden neurons, and train it for only 5 epochs. Press **Next** to start.</source>
            <translation>Revoici les chiffres MNIST : 60 000 images pour apprendre, 10 000 pour tester, chacune de 28 sur 28 pixels.

Cette fois, les données arrivent brutes, et c'est toi qui les prépares, comme le tutoriel l'a fait en trois étapes :

- ramener chaque pixel de 0..255 à 0..1 ;
- présenter chaque image comme une seule ligne de 784 nombres ;
- écrire chaque étiquette comme une ligne de dix nombres (« one-hot »).

Ensuite, tu construis un réseau plus grand que dans la première leçon, avec **512** neurones cachés, et tu l'entraînes pendant 5 époques seulement. Appuie sur **Suivant** pour commencer.</translation>
        </message>
        <message>
            <source>Pixels from 0 to 255</source>
            <translation>Des pixels de 0 à 255</translation>
        </message>
        <message>
            <source>Open the **Data** settings. The preprocessing is *None*: the network would get every pixel as it is, a number from 0 to 255.

Why does it matter? A neuron adds up 784 pixels, each times a weight. With pixels in the hundreds, the sums run into the thousands, the first training steps overshoot wildly, and learning starts badly.

Set the preprocessing to **Scale to 0..1**. Every pixel is divided by 255: 0 stays 0, full ink (255) becomes 1, a mid grey (128) becomes about 0.5. The pictures look exactly the same; only the numbers are small.</source>
            <translation>Ouvre les réglages **Données**. Le prétraitement est *Aucun* : le réseau recevrait chaque pixel tel quel, un nombre de 0 à 255.

Pourquoi est-ce important ? Un neurone additionne 784 pixels, chacun multiplié par un poids. Avec des pixels qui valent des centaines, les sommes atteignent des milliers, les premiers pas d'entraînement vont beaucoup trop loin, et l'apprentissage démarre mal.

Règle le prétraitement sur **Ramener à 0..1**. Chaque pixel est divisé par 255 : 0 reste 0, l'encre pleine (255) devient 1, un gris moyen (128) devient environ 0,5. Les images ont exactement le même aspect ; seuls les nombres sont petits.</translation>
        </message>
        <message>
            <source>The Data settings are on the right, in a tab beside Layer settings and Loss and optimizer.</source>
            <translation>Les réglages Données sont à droite, dans un onglet à côté de Réglages de la couche et de Perte et optimiseur.</translation>
        </message>
        <message>
            <source>Choose Scale to 0..1 in the Preprocessing list.</source>
            <translation>Choisis Ramener à 0..1 dans la liste Prétraitement.</translation>
        </message>
        <message>
            <source>784 numbers, straight from the data</source>
            <translation>784 nombres, directement depuis les données</translation>
        </message>
        <message>
            <source>In the first lesson a Flatten layer laid each 28 by 28 picture out as a row of 784 numbers, inside the network. The tutorial did it *before* the network: it turned the 60,000 pictures into 60,000 rows of 784 numbers, once, while loading them.

In the Data settings, tick **Flatten inputs**.

Now look at the Problems list: the data gives rows of 784 numbers, but the Input layer still expects 28, 28. You fix that in the next step.</source>
            <translation>Dans la première leçon, une couche Flatten étalait chaque image de 28 sur 28 en une ligne de 784 nombres, à l'intérieur du réseau. Le tutoriel l'a fait *avant* le réseau : il a transformé les 60 000 images en 60 000 lignes de 784 nombres, une fois pour toutes, au chargement.

Dans les réglages Données, coche **Aplatir les entrées**.

Regarde maintenant la liste Problèmes : les données donnent des lignes de 784 nombres, mais la couche Input attend encore 28, 28. Tu corriges ça à l'étape suivante.</translation>
        </message>
        <message>
            <source>Flatten inputs is a tick box in the Data settings, under Preprocessing.</source>
            <translation>Aplatir les entrées est une case à cocher dans les réglages Données, sous Prétraitement.</translation>
        </message>
        <message>
            <source>512 neurons</source>
            <translation>512 neurones</translation>
        </message>
        <message>
            <source>Select the **Input** layer and set its shape to `784`: one example is now one row of 784 numbers, and the complaint in the Problems list goes away.

Then drag a **Dense** layer under Input and give it **512** units, with the activation **ReLU**. No Flatten layer is needed this time: the rows come flat already.

Each of the 512 neurons has a weight for each of the 784 inputs, and a bias:

$784 * 512 = 401,408$ weights, plus 512 biases: **401,920** parameters.

That is four times the hidden layer of the first lesson (100,480), because there are four times as many neurons.</source>
            <translation>Sélectionne la couche **Input** et règle sa forme sur `784` : un exemple est maintenant une ligne de 784 nombres, et le message disparaît de la liste Problèmes.

Puis fais glisser une couche **Dense** sous Input et donne-lui **512** neurones, avec la fonction d'activation **ReLU**. Pas besoin de couche Flatten cette fois : les lignes arrivent déjà à plat.

Chacun des 512 neurones a un poids pour chacune des 784 entrées, plus un biais :

$784 * 512 = 401,408$ poids, plus 512 biais : **401 920** paramètres.

C'est quatre fois la couche cachée de la première leçon (100 480), parce qu'il y a quatre fois plus de neurones.</translation>
        </message>
        <message>
            <source>Click Input in the layer stack. In its settings, type 784 as the Shape.</source>
            <translation>Clique sur Input dans la pile de couches. Dans ses réglages, tape 784 comme Forme.</translation>
        </message>
        <message>
            <source>Drag Dense from the palette under Input, then set its Units to 512; its activation is already ReLU.</source>
            <translation>Fais glisser Dense depuis la palette sous Input, puis règle son champ Neurones sur 512 ; sa fonction d'activation est déjà ReLU.</translation>
        </message>
        <message>
            <source>If the count is 14,848, the Input layer still says 28, 28: the Dense layer then reads each line of 28 pixels on its own.</source>
            <translation>Si le total est 14 848, la couche Input indique encore 28, 28 : la couche Dense lit alors chaque rangée de 28 pixels séparément.</translation>
        </message>
        <message>
            <source>Have 401,920 parameters: 784 inputs times 512 neurons, plus 512 biases (the Input layer must take 784 numbers).</source>
            <translation>Le réseau doit avoir 401 920 paramètres : 784 entrées fois 512 neurones, plus 512 biais (la couche Input doit prendre 784 nombres).</translation>
        </message>
        <message>
            <source>Ten outputs</source>
            <translation>Dix sorties</translation>
        </message>
        <message>
            <source>As before, the network ends with one probability per digit. Add a **Dense** layer at the bottom with **10** units and the activation **Softmax**: ten answers between 0 and 1 that add up to 1.

It has $512 * 10 = 5,120$ weights and 10 biases: 5,130 parameters. The whole network has $401,920 + 5,130 = 407,050$, four times the network of the first lesson.</source>
            <translation>Comme avant, le réseau se termine par une probabilité par chiffre. Ajoute en bas une couche **Dense** de **10** neurones avec la fonction d'activation **Softmax** : dix réponses entre 0 et 1 dont la somme fait 1.

Elle a $512 * 10 = 5,120$ poids et 10 biais : 5 130 paramètres. Le réseau entier en a $401,920 + 5,130 = 407,050$, quatre fois le réseau de la première leçon.</translation>
        </message>
        <message>
            <source>Drag another Dense layer to the very bottom of the stack.</source>
            <translation>Fais glisser une autre couche Dense tout en bas de la pile.</translation>
        </message>
        <message>
            <source>Set its Units to 10 and its Activation to Softmax.</source>
            <translation>Règle son champ Neurones sur 10 et son Activation sur Softmax.</translation>
        </message>
        <message>
            <source>Have exactly 407,050 parameters in the whole network.</source>
            <translation>Le réseau entier doit avoir exactement 407 050 paramètres.</translation>
        </message>
        <message>
            <source>One-hot labels</source>
            <translation>Des étiquettes one-hot</translation>
        </message>
        <message>
            <source>The label of a picture of a three is the number 3. The tutorial wrote each label as a row of ten numbers instead: all 0, except a 1 in the place of the right digit. Counting places from 0, the label 3 becomes

`0, 0, 0, 1, 0, 0, 0, 0, 0, 0`

One place is "hot", so this is called **one-hot**. The row has the same shape as the network's ten outputs, so the two can be compared place by place.

The loss must match how the labels are written. *Sparse categorical cross-entropy* takes plain digits; **categorical cross-entropy** takes one-hot rows. Open **Loss and optimizer** and choose **Categorical cross-entropy**: nnstudio then writes the labels one-hot for you.

The loss is $-(y_0 log(p_0) + y_1 log(p_1) + ... + y_9 log(p_9))$, where the $y$ are the one-hot label and the $p$ the network's probabilities. Nine of the $y$ are 0, so only the right digit's $-log(p)$ is left.</source>
            <translation>L'étiquette d'une image de trois est le nombre 3. Le tutoriel a plutôt écrit chaque étiquette comme une ligne de dix nombres : que des 0, sauf un 1 à la place du bon chiffre. En comptant les places à partir de 0, l'étiquette 3 devient

`0, 0, 0, 1, 0, 0, 0, 0, 0, 0`

Une seule place est « chaude » (*hot* en anglais) : c'est pour ça qu'on appelle ce codage **one-hot**. La ligne a la même forme que les dix sorties du réseau, on peut donc comparer les deux place par place.

La perte doit correspondre à la façon dont les étiquettes sont écrites. L'*entropie croisée catégorielle éparse* prend des chiffres simples ; l'**entropie croisée catégorielle** prend des lignes one-hot. Ouvre **Perte et optimiseur** et choisis **Entropie croisée catégorielle** : nnstudio écrit alors les étiquettes en one-hot pour toi.

La perte vaut $-(y_0 log(p_0) + y_1 log(p_1) + ... + y_9 log(p_9))$, où les $y$ forment l'étiquette one-hot et les $p$ sont les probabilités du réseau. Neuf des $y$ valent 0, donc il ne reste que le $-log(p)$ du bon chiffre.</translation>
        </message>
        <message>
            <source>Loss and optimizer is a tab on the right, beside Layer settings and Data.</source>
            <translation>Perte et optimiseur est un onglet à droite, à côté de Réglages de la couche et de Données.</translation>
        </message>
        <message>
            <source>Choose Categorical cross-entropy (without "sparse") in the Loss list.</source>
            <translation>Choisis Entropie croisée catégorielle (sans « éparse ») dans la liste Perte.</translation>
        </message>
        <message>
            <source>Adam, 5 epochs, batches of 128</source>
            <translation>Adam, 5 époques, des lots de 128</translation>
        </message>
        <message>
            <source>The optimizer is already **Adam**. Adam gives every weight its own step size: a weight whose nudges keep pointing the same way takes bigger steps, a weight pushed back and forth takes smaller ones.

Open the **Training** settings and set **Epochs** to **5** and **Batch size** to **128**.

With 128 pictures per batch, one epoch is $60,000 / 128 \approx 469$ nudges (the last batch is a little smaller), and 5 epochs make about 2,345. That is far fewer than the 18,750 of the first lesson, but each nudge is steadier, because it is worked out from 128 pictures instead of 32.</source>
            <translation>L'optimiseur est déjà **Adam**. Adam donne à chaque poids sa propre taille de pas : un poids dont les ajustements vont toujours dans le même sens fait des pas plus grands, un poids poussé tantôt dans un sens, tantôt dans l'autre en fait de plus petits.

Ouvre les réglages **Entraînement** et règle **Époques** sur **5** et **Taille de lot** sur **128**.

Avec 128 images par lot, une époque fait $60,000 / 128 \approx 469$ ajustements (le dernier lot est un peu plus petit), et 5 époques en font environ 2 345. C'est bien moins que les 18 750 de la première leçon, mais chaque ajustement est plus stable, parce qu'il est calculé à partir de 128 images au lieu de 32.</translation>
        </message>
        <message>
            <source>The Training settings are a tab on the right, beside Data.</source>
            <translation>Les réglages Entraînement sont un onglet à droite, à côté de Données.</translation>
        </message>
        <message>
            <source>Type 5 in Epochs and 128 in Batch size.</source>
            <translation>Tape 5 dans Époques et 128 dans Taille de lot.</translation>
        </message>
        <message>
            <source>Guess, then train</source>
            <translation>Devine, puis entraîne</translation>
        </message>
        <message>
            <source>Your network is now the tutorial's, setting for setting. Before you press **Train**, guess: with four times the neurons of the first lesson but only 5 epochs, what share of the 10,000 test digits will it get right?

Then press **Train** and watch the Training tab.</source>
            <translation>Ton réseau est maintenant celui du tutoriel, réglage par réglage. Avant d'appuyer sur **Entraîner**, devine : avec quatre fois plus de neurones que dans la première leçon, mais seulement 5 époques, quelle part des 10 000 chiffres de test va-t-il reconnaître correctement ?

Puis appuie sur **Entraîner** et regarde l'onglet Entraînement.</translation>
        </message>
        <message>
            <source>Press Train, below the picture of the network, and wait for the 5 epochs.</source>
            <translation>Appuie sur Entraîner, sous l'image du réseau, et attends la fin des 5 époques.</translation>
        </message>
        <message>
            <source>If the accuracy is far below 97%, check the preprocessing (Scale to 0..1) and the layers: Input 784, Dense 512 ReLU, Dense 10 Softmax.</source>
            <translation>Si la précision est bien en dessous de 97 %, vérifie le prétraitement (Ramener à 0..1) et les couches : Input 784, Dense 512 ReLU, Dense 10 Softmax.</translation>
        </message>
        <message>
            <source>What share of the 10,000 test digits will the network with 512 neurons get right?</source>
            <translation>Quelle part des 10 000 chiffres de test le réseau de 512 neurones va-t-il reconnaître correctement ?</translation>
        </message>
        <message>
            <source>The data prepared as in the tutorial: scaled, flattened, labels one-hot.</source>
            <translation>Les données préparées comme dans le tutoriel : mises à l'échelle, aplaties, étiquettes en one-hot.</translation>
        </message>
        <message>
            <source>5 epochs of batches of 128, as in the tutorial, so your result can be compared with the tutorial's.</source>
            <translation>5 époques de lots de 128, comme dans le tutoriel, pour que ton résultat soit comparable à celui du tutoriel.</translation>
        </message>
        <message>
            <source>Bigger, better?</source>
            <translation>Plus grand, donc meilleur ?</translation>
        </message>
        <message>
            <source>The tutorial reached **97.88%**. The first lesson's network, with 101,770 parameters and 10 epochs, reached about 97.5%. Four times the weights, for about 0.4% more: past a point, more neurons help only a little.

Open the **Results** tab and look at the confusion matrix. Which digits does this network still mix up?</source>
            <translation>Le tutoriel a atteint **97,88 %**. Le réseau de la première leçon, avec 101 770 paramètres et 10 époques, atteignait environ 97,5 %. Quatre fois plus de poids, pour environ 0,4 % de plus : passé un certain stade, ajouter des neurones n'aide plus que très peu.

Ouvre l'onglet **Résultats** et regarde la matrice de confusion. Quels chiffres ce réseau confond-il encore ?</translation>
        </message>
        <message>
            <source>The Results tab is at the top of the window.</source>
            <translation>L'onglet Résultats est en haut de la fenêtre.</translation>
        </message>
        <message>
            <source>Two ways to write a label</source>
            <translation>Deux façons d'écrire une étiquette</translation>
        </message>
        <message>
            <source>An experiment. Set the loss back to **Sparse categorical cross-entropy**: the labels are then plain digits again instead of one-hot rows. Tick **Same start as the last run** beside Train, so that the network starts from exactly the same random weights, and train again.</source>
            <translation>Une expérience. Remets la perte sur **Entropie croisée catégorielle éparse** : les étiquettes redeviennent alors des chiffres simples au lieu de lignes one-hot. Coche **Même départ que le dernier essai**, à côté d'Entraîner, pour que le réseau parte exactement des mêmes poids aléatoires, et entraîne-le à nouveau.</translation>
        </message>
        <message>
            <source>Choose Sparse categorical cross-entropy in Loss and optimizer, then press Train.</source>
            <translation>Choisis Entropie croisée catégorielle éparse dans Perte et optimiseur, puis appuie sur Entraîner.</translation>
        </message>
        <message>
            <source>Think back to the formula: with a one-hot label, only the right digit's probability counts. Which probability does the sparse loss look at?</source>
            <translation>Repense à la formule : avec une étiquette one-hot, seule la probabilité du bon chiffre compte. Quelle probabilité la perte éparse regarde-t-elle ?</translation>
        </message>
        <message>
            <source>With the labels as plain digits and the sparse loss, will the test accuracy be higher, lower or about the same?</source>
            <translation>Avec les étiquettes en chiffres simples et la perte éparse, la précision de test sera-t-elle plus haute, plus basse ou à peu près la même ?</translation>
        </message>
        <message>
            <source>Higher</source>
            <translation>Plus haute</translation>
        </message>
        <message>
            <source>Lower</source>
            <translation>Plus basse</translation>
        </message>
        <message>
            <source>About the same</source>
            <translation>À peu près la même</translation>
        </message>
        <message>
            <source>Same information, same result</source>
            <translation>Même information, même résultat</translation>
        </message>
        <message>
            <source>Open the **Runs** tab and compare your two runs. The accuracy is the same, or almost: one-hot labels and plain digits hold the same information, and the two losses compute the same number, $-log(p)$ of the right digit. Any tiny difference comes from the computer rounding its sums in a different order.

So choose whichever is handy: sparse for plain digits, categorical when your labels are already one-hot.</source>
            <translation>Ouvre l'onglet **Essais** et compare tes deux essais. La précision est la même, ou presque : les étiquettes one-hot et les chiffres simples contiennent la même information, et les deux pertes calculent le même nombre, le $-log(p)$ du bon chiffre. La moindre différence vient de l'ordinateur, qui arrondit ses sommes dans un ordre différent.

Alors choisis ce qui t'arrange : la perte éparse pour des chiffres simples, la catégorielle quand tes étiquettes sont déjà en one-hot.</translation>
        </message>
        <message>
            <source>The Runs tab is at the top of the window, beside Training.</source>
            <translation>L'onglet Essais est en haut de la fenêtre, à côté d'Entraînement.</translation>
        </message>
        <message>
            <source>The network has 407,050 parameters (784, 512, 10).</source>
            <translation>Le réseau a 407 050 paramètres (784, 512, 10).</translation>
        </message>
    </context>
    <context>
        <name>Lesson mnist-tanh-sgd</name>
        <message>
            <source>Tanh, momentum and a look at overfitting</source>
            <translation>Tanh, momentum et un coup d'œil au surapprentissage</translation>
        </message>
        <message>
            <source>Rebuild a classic of the textbooks: centred pixels, two layers of 50 tanh neurons, plain gradient descent with momentum, 50 epochs, and 10% of the training digits held back to catch the network memorising.</source>
            <translation>Reconstruis un classique des manuels : des pixels centrés, deux couches de 50 neurones tanh, une descente de gradient simple avec momentum, 50 époques, et 10 % des chiffres d'entraînement mis de côté pour repérer le moment où le réseau se met à mémoriser.</translation>
        </message>
        <message>
            <source>MNIST tanh and SGD lesson</source>
            <translation>Leçon MNIST : tanh et SGD</translation>
        </message>
        <message>
            <source>The original files</source>
            <translation>Les fichiers d'origine</translation>
        </message>
        <message>
            <source>MNIST was first shared as **four files** in a simple format called IDX: the training pictures, the training labels, the test pictures and the test labels (`train-images-idx3-ubyte`, `train-labels-idx1-ubyte`, `t10k-images-idx3-ubyte` and `t10k-labels-idx1-ubyte`). An IDX file starts with a code number saying what it holds (2051 for pictures, 2049 for labels), then the sizes (60,000 pictures of 28 by 28), then the raw bytes, one per pixel.

The tutorial read those four files itself. You can too: in the **Data** settings, the **Folder…** button beside *File (optional)* points nnstudio at a folder holding the four files, compressed (`.gz`) or not. Leave the file empty to use the copy that comes with nnstudio: it is the same 70,000 digits.

The Data settings already lay each digit out as a row of 784 numbers, and the Input layer takes 784. Press **Next**.</source>
            <translation>MNIST a d'abord été diffusé sous la forme de **quatre fichiers** dans un format simple appelé IDX : les images d'entraînement, les étiquettes d'entraînement, les images de test et les étiquettes de test (`train-images-idx3-ubyte`, `train-labels-idx1-ubyte`, `t10k-images-idx3-ubyte` et `t10k-labels-idx1-ubyte`). Un fichier IDX commence par un nombre-code qui dit ce qu'il contient (2051 pour des images, 2049 pour des étiquettes), puis les tailles (60 000 images de 28 sur 28), puis les octets bruts, un par pixel.

Le tutoriel lisait lui-même ces quatre fichiers. Tu peux le faire aussi : dans les réglages **Données**, le bouton **Dossier…** à côté de *Fichier (facultatif)* indique à nnstudio un dossier qui contient les quatre fichiers, compressés (`.gz`) ou non. Laisse le fichier vide pour utiliser la copie fournie avec nnstudio : ce sont les mêmes 70 000 chiffres.

Les réglages Données présentent déjà chaque chiffre comme une ligne de 784 nombres, et la couche Input en prend 784. Appuie sur **Suivant**.</translation>
        </message>
        <message>
            <source>Centring the pixels</source>
            <translation>Centrer les pixels</translation>
        </message>
        <message>
            <source>So far you scaled pixels to 0..1. The tutorial did something else: it **centred** them.

For each of the 784 pixel places, it worked out the **mean** (the average) over the 60,000 training pictures, and subtracted it. Then it divided everything by the **spread** (the standard deviation) of all the training numbers together. After that, a pixel is a small number around 0: negative where this digit has less ink than usual at that place, positive where it has more.

Why? The neurons you add next use **tanh**, which is centred on 0 too. Inputs around 0 keep their sums in the range where tanh still bends, and where learning is fastest.

In the Data settings, set the preprocessing to **Centre, divide by overall spread**. The mean and spread come from the training pictures only: the test pictures must stay unseen until the test.</source>
            <translation>Jusqu'ici, tu ramenais les pixels entre 0 et 1. Le tutoriel a fait autre chose : il les a **centrés**.

Pour chacune des 784 positions de pixel, il a calculé la **moyenne** sur les 60 000 images d'entraînement, puis il l'a soustraite. Ensuite, il a tout divisé par la **dispersion** (l'écart-type) de l'ensemble des nombres d'entraînement. Après ça, un pixel est un petit nombre autour de 0 : négatif là où ce chiffre a moins d'encre que d'habitude à cet endroit, positif là où il en a plus.

Pourquoi ? Les neurones que tu vas ajouter utilisent **tanh**, qui est elle aussi centrée sur 0. Des entrées autour de 0 gardent les sommes dans la zone où tanh se courbe encore, là où l'apprentissage est le plus rapide.

Dans les réglages Données, règle le prétraitement sur **Centrer, diviser par la dispersion globale**. La moyenne et la dispersion viennent uniquement des images d'entraînement : les images de test doivent rester inconnues jusqu'au test.</translation>
        </message>
        <message>
            <source>The Preprocessing list is in the Data settings, on the right.</source>
            <translation>La liste Prétraitement se trouve dans les réglages Données, à droite.</translation>
        </message>
        <message>
            <source>Choose Centre, divide by overall spread.</source>
            <translation>Choisis Centrer, diviser par la dispersion globale.</translation>
        </message>
        <message>
            <source>Two layers of 50 tanh neurons</source>
            <translation>Deux couches de 50 neurones tanh</translation>
        </message>
        <message>
            <source>Add two **Dense** layers under Input, each with **50** units and the activation **Tanh**. Tanh squashes any sum into the range -1 to 1, centred on 0:

$tanh(z) = (e^z - e^{-z}) / (e^z + e^{-z})$

A big positive sum gives nearly 1, a big negative one nearly -1, and 0 gives 0.

Look at the **Weight initializer** in each layer's settings: **Glorot uniform**, as in the tutorial. It draws the starting weights at random between $-r$ and $r$, where $r = sqrt(6 / (inputs + outputs))$. For the first layer that is $sqrt(6 / (784 + 50)) \approx 0.085$: small enough that the 784 inputs do not push tanh to its flat ends from the start.

The first layer has $784 * 50 + 50 = 39,250$ parameters, the second $50 * 50 + 50 = 2,550$.</source>
            <translation>Ajoute deux couches **Dense** sous Input, chacune avec **50** neurones et la fonction d'activation **Tanh**. Tanh écrase n'importe quelle somme dans l'intervalle de -1 à 1, centré sur 0 :

$tanh(z) = (e^z - e^{-z}) / (e^z + e^{-z})$

Une grande somme positive donne presque 1, une grande somme négative presque -1, et 0 donne 0.

Regarde l'**Initialisation des poids** dans les réglages de chaque couche : **Glorot uniforme**, comme dans le tutoriel. Elle tire les poids de départ au hasard entre $-r$ et $r$, où $r = sqrt(6 / (inputs + outputs))$. Pour la première couche, cela donne $sqrt(6 / (784 + 50)) \approx 0.085$ : assez petit pour que les 784 entrées ne poussent pas tanh vers ses extrémités plates dès le départ.

La première couche a $784 * 50 + 50 = 39,250$ paramètres, la deuxième $50 * 50 + 50 = 2,550$.</translation>
        </message>
        <message>
            <source>Drag Dense from the palette under Input, set Units to 50 and Activation to Tanh. Then do it again under the first one.</source>
            <translation>Fais glisser Dense depuis la palette sous Input, règle son champ Neurones sur 50 et son Activation sur Tanh. Puis recommence sous la première.</translation>
        </message>
        <message>
            <source>Glorot uniform is already the weight initializer of a new Dense layer: check it, but there is nothing to change.</source>
            <translation>Glorot uniforme est déjà l'initialisation des poids d'une nouvelle couche Dense : vérifie-le, mais il n'y a rien à changer.</translation>
        </message>
        <message>
            <source>Ten outputs</source>
            <translation>Dix sorties</translation>
        </message>
        <message>
            <source>Finish with a **Dense** layer of **10** units and **Softmax**, one probability per digit. It has $50 * 10 + 10 = 510$ parameters.

The whole network has $39,250 + 2,550 + 510 = 42,310$: less than half of the first lesson's network, though it has two hidden layers.</source>
            <translation>Termine par une couche **Dense** de **10** neurones avec **Softmax**, une probabilité par chiffre. Elle a $50 * 10 + 10 = 510$ paramètres.

Le réseau entier en a $39,250 + 2,550 + 510 = 42,310$ : moins de la moitié du réseau de la première leçon, alors qu'il a deux couches cachées.</translation>
        </message>
        <message>
            <source>Drag a Dense layer to the very bottom of the stack.</source>
            <translation>Fais glisser une couche Dense tout en bas de la pile.</translation>
        </message>
        <message>
            <source>Set its Units to 10 and its Activation to Softmax. If the count is not 42,310, check that both hidden layers have 50 units.</source>
            <translation>Règle son champ Neurones sur 10 et son Activation sur Softmax. Si le total n'est pas 42 310, vérifie que les deux couches cachées ont bien 50 neurones.</translation>
        </message>
        <message>
            <source>Have exactly 42,310 parameters in the whole network.</source>
            <translation>Le réseau entier doit avoir exactement 42 310 paramètres.</translation>
        </message>
        <message>
            <source>Plain gradient descent</source>
            <translation>Une descente de gradient simple</translation>
        </message>
        <message>
            <source>The optimizer is Adam, which you met before. The tutorial used the oldest optimizer of all, **SGD** (stochastic gradient descent).

After each batch, SGD works out the **gradient**: for every weight, which way and how steeply the loss goes up when that weight grows. Then it moves every weight a small step the other way, downhill:

$w \to w - \eta * gradient$

where $\eta$ (eta) is the **learning rate**, the size of the step. Unlike Adam, every weight uses the same learning rate.

In **Loss and optimizer**, choose the optimizer **SGD**.</source>
            <translation>L'optimiseur est Adam, que tu connais déjà. Le tutoriel utilisait le plus ancien de tous les optimiseurs, **SGD** (la descente de gradient stochastique).

Après chaque lot, SGD calcule le **gradient** : pour chaque poids, dans quel sens et à quel point la perte augmente quand ce poids grandit. Puis il déplace chaque poids d'un petit pas dans l'autre sens, vers le bas de la pente :

$w \to w - \eta * gradient$

où $\eta$ (êta) est le **taux d'apprentissage**, la taille du pas. Contrairement à Adam, tous les poids utilisent le même taux d'apprentissage.

Dans **Perte et optimiseur**, choisis l'optimiseur **SGD**.</translation>
        </message>
        <message>
            <source>Loss and optimizer is a tab on the right, beside Layer settings and Data.</source>
            <translation>Perte et optimiseur est un onglet à droite, à côté de Réglages de la couche et de Données.</translation>
        </message>
        <message>
            <source>Choose SGD in the Optimizer list.</source>
            <translation>Choisis SGD dans la liste Optimiseur.</translation>
        </message>
        <message>
            <source>Momentum and a gentle learning rate</source>
            <translation>Du momentum et un taux d'apprentissage doux</translation>
        </message>
        <message>
            <source>Under SGD are its own settings. The tutorial changed three of them:

- **Learning rate 0.001**: ten times smaller than SGD's usual 0.01. Small, careful steps.
- **Momentum 0.9**: each step also carries on 0.9 of the step before, like a ball rolling downhill that gathers speed where the slope keeps pointing the same way. In a steady direction the steps grow up to $1 / (1 - 0.9) = 10$ times bigger, which makes up for the small learning rate; where the slope flips back and forth, they cancel out.
- **Learning-rate decay 1e-7** (that is 0.0000001): after every batch the rate becomes $0.001 / (1 + 0.0000001 * batches)$. After the whole training, about 42,200 batches, it has shrunk by only 0.4%. A tiny touch, kept so that your network is exactly the tutorial's.

Set the three of them. Keep Nesterov off.</source>
            <translation>Sous SGD se trouvent ses propres réglages. Le tutoriel en a changé trois :

- **Taux d'apprentissage 0.001** : dix fois plus petit que le 0.01 habituel de SGD. De petits pas prudents.
- **Momentum 0.9** : chaque pas garde aussi 90 % du pas précédent, comme une balle qui dévale une pente et prend de la vitesse là où la pente continue dans le même sens. Dans une direction stable, les pas deviennent jusqu'à $1 / (1 - 0.9) = 10$ fois plus grands, ce qui compense le petit taux d'apprentissage ; là où la pente change sans cesse de sens, ils s'annulent.
- **Décroissance du taux d'apprentissage 1e-7** (c'est-à-dire 0.0000001) : après chaque lot, le taux devient $0.001 / (1 + 0.0000001 * batches)$. À la fin de l'entraînement, après environ 42 200 lots, il n'a diminué que de 0,4 %. Une retouche minuscule, gardée pour que ton réseau soit exactement celui du tutoriel.

Règle ces trois valeurs. Laisse Nesterov désactivé.</translation>
        </message>
        <message>
            <source>The settings of SGD are under the Optimizer list, in Loss and optimizer.</source>
            <translation>Les réglages de SGD sont sous la liste Optimiseur, dans Perte et optimiseur.</translation>
        </message>
        <message>
            <source>Type 0.001 as the learning rate, 0.9 as the momentum and 1e-7 (or 0.0000001) as the learning-rate decay.</source>
            <translation>Tape 0.001 comme taux d'apprentissage, 0.9 comme momentum et 1e-7 (ou 0.0000001) comme décroissance du taux d'apprentissage.</translation>
        </message>
        <message>
            <source>Hold back 10% to watch</source>
            <translation>Mettre 10 % de côté pour surveiller</translation>
        </message>
        <message>
            <source>Training runs for many epochs this time. After many epochs a network can start to **memorise** its training digits, their exact strokes and smudges, instead of learning what a 3 looks like in general. That is called **overfitting**: the training results keep getting better while the results on new digits stop improving, or get worse.

To see it happen, the tutorial held back **10%** of the training digits. The network never learns from them; after every epoch it is only checked on them. That check is the **validation**.

In the Data settings, set the **Validation share** to **0.1**: 6,000 of the 60,000 training digits are held back, and 54,000 are left to learn from. The 10,000 test digits stay apart as before.</source>
            <translation>Cette fois, l'entraînement dure beaucoup d'époques. Après de nombreuses époques, un réseau peut commencer à **mémoriser** (apprendre par cœur) ses chiffres d'entraînement, avec leurs traits et leurs bavures exacts, au lieu d'apprendre à quoi ressemble un 3 en général. C'est ce qu'on appelle le **surapprentissage** : les résultats sur les données d'entraînement continuent de s'améliorer, tandis que les résultats sur de nouveaux chiffres cessent de progresser, ou se dégradent.

Pour le voir arriver, le tutoriel a mis de côté **10 %** des chiffres d'entraînement. Le réseau n'apprend jamais à partir d'eux ; après chaque époque, il est seulement évalué dessus. Cette évaluation, c'est la **validation**.

Dans les réglages Données, règle la **Part de validation** sur **0.1** : 6 000 des 60 000 chiffres d'entraînement sont mis de côté, et il en reste 54 000 pour apprendre. Les 10 000 chiffres de test restent à part, comme avant.</translation>
        </message>
        <message>
            <source>Validation share is in the Data settings, below Preprocessing.</source>
            <translation>Part de validation se trouve dans les réglages Données, sous Prétraitement.</translation>
        </message>
        <message>
            <source>Type 0.1 (a tenth), not 10.</source>
            <translation>Tape 0.1 (un dixième), pas 10.</translation>
        </message>
        <message>
            <source>Batches of 64, for 50 epochs</source>
            <translation>Des lots de 64, pendant 50 époques</translation>
        </message>
        <message>
            <source>Open the **Training** settings. Set the **Batch size** to **64** and the **Epochs** to **50**.

One epoch is now $54,000 / 64 \approx 844$ batches, so 50 epochs make about 42,200 small steps of SGD. That takes a minute on a fast computer, a few on a slow one. The random seed is **123**, the one the tutorial used, so that your run starts where the tutorial's did.</source>
            <translation>Ouvre les réglages **Entraînement**. Règle la **Taille de lot** sur **64** et les **Époques** sur **50**.

Une époque fait maintenant $54,000 / 64 \approx 844$ lots, donc 50 époques font environ 42 200 petits pas de SGD. Cela prend une minute sur un ordinateur rapide, quelques-unes sur un ordinateur lent. La graine aléatoire est **123**, celle du tutoriel, pour que ton essai parte du même point que celui du tutoriel.</translation>
        </message>
        <message>
            <source>The Training settings are a tab on the right, beside Data.</source>
            <translation>Les réglages Entraînement sont un onglet à droite, à côté de Données.</translation>
        </message>
        <message>
            <source>Type 64 in Batch size and 50 in Epochs. Leave the seed at 123.</source>
            <translation>Tape 64 dans Taille de lot et 50 dans Époques. Laisse la graine à 123.</translation>
        </message>
        <message>
            <source>Guess, then train</source>
            <translation>Devine, puis entraîne</translation>
        </message>
        <message>
            <source>Your network is now the tutorial's, setting for setting. It is smaller than the first lesson's network and learns with plain SGD, but it trains five times as long.

Guess its test accuracy, then press **Train**. While it trains, watch the Training tab: the solid curves are the training loss and accuracy, the dashed ones the validation loss and accuracy, measured after every epoch on the 6,000 held-back digits.</source>
            <translation>Ton réseau est maintenant celui du tutoriel, réglage par réglage. Il est plus petit que le réseau de la première leçon et apprend avec un simple SGD, mais il s'entraîne cinq fois plus longtemps.

Devine sa précision de test, puis appuie sur **Entraîner**. Pendant l'entraînement, regarde l'onglet Entraînement : les courbes pleines sont la perte et la précision d'entraînement, les courbes en pointillés la perte et la précision de validation, mesurées après chaque époque sur les 6 000 chiffres mis de côté.</translation>
        </message>
        <message>
            <source>Press Train below the picture of the network. 50 epochs take a while: a good moment to watch the curves.</source>
            <translation>Appuie sur Entraîner, sous l'image du réseau. 50 époques, ça prend du temps : c'est le bon moment pour regarder les courbes.</translation>
        </message>
        <message>
            <source>If the accuracy stays near 10%, check the preprocessing (Centre, divide by overall spread) and the learning rate (0.001).</source>
            <translation>Si la précision reste proche de 10 %, vérifie le prétraitement (Centrer, diviser par la dispersion globale) et le taux d'apprentissage (0.001).</translation>
        </message>
        <message>
            <source>What share of the 10,000 test digits will the tanh network trained by SGD get right?</source>
            <translation>Quelle part des 10 000 chiffres de test le réseau tanh entraîné par SGD va-t-il reconnaître correctement ?</translation>
        </message>
        <message>
            <source>SGD with the tutorial's learning rate, momentum and decay.</source>
            <translation>SGD avec le taux d'apprentissage, le momentum et la décroissance du tutoriel.</translation>
        </message>
        <message>
            <source>Centred pixels and 10% held back, as in the tutorial.</source>
            <translation>Des pixels centrés et 10 % mis de côté, comme dans le tutoriel.</translation>
        </message>
        <message>
            <source>50 epochs of batches of 64 from the seed 123, as in the tutorial, so your result can be compared with the tutorial's.</source>
            <translation>50 époques de lots de 64 à partir de la graine 123, comme dans le tutoriel, pour que ton résultat soit comparable à celui du tutoriel.</translation>
        </message>
        <message>
            <source>Reading the curves</source>
            <translation>Lire les courbes</translation>
        </message>
        <message>
            <source>The tutorial reached **96.27%** on the test digits. Now look at the loss curves in the Training tab: the solid training curve and the dashed validation curve.

- At first both fall together: the network learns things that hold for all digits.
- Then they part. The training loss keeps falling to the very end, but the validation loss falls more and more slowly, and after about 40 epochs it stops falling, even creeping up a tiny bit. The gap between the curves is what the network knows only about its own training digits.
- The accuracy curves show the same gap: about 99% on the training digits at the end, but about 97% on the held-back ones.

That is the first sign of **overfitting**. Training much longer would make the validation loss climb: the network would get better at its training digits and worse at new ones. The best moment to stop is where the validation loss is lowest.

Drag the **replay slider** under the curves back to that moment, and compare the numbers there with the end.</source>
            <translation>Le tutoriel a atteint **96,27 %** sur les chiffres de test. Regarde maintenant les courbes de perte dans l'onglet Entraînement : la courbe pleine de l'entraînement et la courbe en pointillés de la validation.

- Au début, les deux descendent ensemble : le réseau apprend des choses valables pour tous les chiffres.
- Puis elles se séparent. La perte d'entraînement continue de baisser jusqu'à la toute fin, mais la perte de validation baisse de plus en plus lentement ; après environ 40 époques, elle cesse de baisser, et remonte même un tout petit peu. L'écart entre les courbes, c'est ce que le réseau sait seulement sur ses propres chiffres d'entraînement.
- Les courbes de précision montrent le même écart : environ 99 % sur les chiffres d'entraînement à la fin, mais environ 97 % sur ceux mis de côté.

C'est le premier signe de **surapprentissage**. Si on entraînait beaucoup plus longtemps, la perte de validation remonterait : le réseau deviendrait meilleur sur ses chiffres d'entraînement et moins bon sur les nouveaux. Le meilleur moment pour s'arrêter, c'est là où la perte de validation est la plus basse.

Ramène le **curseur de relecture**, sous les courbes, jusqu'à ce moment-là, et compare les valeurs à cet endroit avec celles de la fin.</translation>
        </message>
        <message>
            <source>The replay slider is under the curves of the Training tab. Drag it to the left.</source>
            <translation>Le curseur de relecture est sous les courbes de l'onglet Entraînement. Fais-le glisser vers la gauche.</translation>
        </message>
        <message>
            <source>Compare the training accuracy of the last epoch with the validation accuracy: the difference is the gap.</source>
            <translation>Compare la précision d'entraînement de la dernière époque avec la précision de validation : la différence, c'est l'écart.</translation>
        </message>
        <message>
            <source>Validation tells the future</source>
            <translation>La validation prédit l'avenir</translation>
        </message>
        <message>
            <source>Open the **Results** tab. Compare the test accuracy with the validation accuracy of the last epoch: they are close, within about one percent. The 6,000 held-back digits played the part of new digits, so they told you, epoch after epoch, roughly what the test would say.

That is why validation matters: you can use it to choose the number of epochs, the learning rate or the size of the layers, and keep the test digits for the one final, honest mark.</source>
            <translation>Ouvre l'onglet **Résultats**. Compare la précision de test avec la précision de validation de la dernière époque : elles sont proches, à environ un point de pourcentage près. Les 6 000 chiffres mis de côté ont joué le rôle de nouveaux chiffres : ils t'ont donc indiqué, époque après époque, à peu près ce que dirait le test.

Voilà pourquoi la validation compte : tu peux t'en servir pour choisir le nombre d'époques, le taux d'apprentissage ou la taille des couches, et garder les chiffres de test pour une seule note finale, honnête.</translation>
        </message>
        <message>
            <source>The Results tab is at the top of the window.</source>
            <translation>L'onglet Résultats est en haut de la fenêtre.</translation>
        </message>
        <message>
            <source>The network has 42,310 parameters (784, 50, 50, 10).</source>
            <translation>Le réseau a 42 310 paramètres (784, 50, 50, 10).</translation>
        </message>
    </context>
    <context>
        <name>Lesson xor</name>
        <message>
            <source>XOR: what one straight line cannot do</source>
            <translation>XOR : ce qu'une seule ligne droite ne peut pas faire</translation>
        </message>
        <message>
            <source>Build the network that learns XOR, watch it draw its boundary, then test two changes: a second hidden layer, and 32 neurons instead of 16. Predict first!</source>
            <translation>Construis le réseau qui apprend XOR, regarde-le tracer sa frontière, puis teste deux changements : une deuxième couche cachée, et 32 neurones au lieu de 16. Fais d'abord une prédiction !</translation>
        </message>
        <message>
            <source>XOR lesson</source>
            <translation>Leçon XOR</translation>
        </message>
        <message>
            <source>Four rows, no straight line</source>
            <translation>Quatre lignes, aucune droite</translation>
        </message>
        <message>
            <source>A shop wants to find its loyal customers. Each customer is described by two yes/no answers: *old or young?* and *middle or high income?* (0 or 1). The loyal ones are those where **exactly one** answer is 1. That is the XOR rule:

- 0, 0 → 0
- 0, 1 → 1
- 1, 0 → 1
- 1, 1 → 0

Draw the four points on a square in your head: the two 1s sit on opposite corners. Try to split them from the two 0s with **one straight line**. You cannot! A network with no hidden layer can only draw one straight line, so it can never learn XOR.

The Data settings already hold the XOR table. Press **Next** when you have tried the straight line.</source>
            <translation>Un magasin veut trouver ses clients fidèles. Chaque client est décrit par deux réponses oui/non : *âgé ou jeune ?* et *revenu moyen ou élevé ?* (0 ou 1). Les clients fidèles sont ceux pour qui **exactement une** réponse vaut 1. C'est la règle du XOR :

- 0, 0 → 0
- 0, 1 → 1
- 1, 0 → 1
- 1, 1 → 0

Place les quatre points sur un carré dans ta tête : les deux 1 sont sur des coins opposés. Essaie de les séparer des deux 0 avec **une seule ligne droite**. Impossible ! Un réseau sans couche cachée ne peut tracer qu'une seule ligne droite, il ne pourra donc jamais apprendre XOR.

Les réglages Données contiennent déjà la table XOR. Appuie sur **Suivant** quand tu as essayé la ligne droite.</translation>
        </message>
        <message>
            <source>A hidden layer</source>
            <translation>Une couche cachée</translation>
        </message>
        <message>
            <source>A **hidden layer** gives the network many lines to combine. Drag a **Dense** layer from the palette and drop it under the Input layer. Then, in its settings, give it **16** neurons and the activation **ReLU**.

Each of the 16 neurons works out $z = w_1 x_1 + w_2 x_2 + b$ and then ReLU keeps $z$ if it is positive and gives 0 otherwise. That bend is what lets the network draw more than one straight line.</source>
            <translation>Une **couche cachée** donne au réseau de nombreuses droites à combiner. Fais glisser une couche **Dense** depuis la palette et dépose-la sous la couche Input. Puis, dans ses réglages, donne-lui **16** neurones et l'activation **ReLU**.

Chacun des 16 neurones calcule $z = w_1 x_1 + w_2 x_2 + b$, puis ReLU garde $z$ s'il est positif et donne 0 sinon. C'est ce coude qui permet au réseau de tracer plus d'une seule ligne droite.</translation>
        </message>
        <message>
            <source>The palette is the list of layer kinds. Drag Dense onto the layer stack, just below Input (or select Input and double-click Dense).</source>
            <translation>La palette est la liste des sortes de couches. Fais glisser Dense sur la pile de couches, juste sous Input (ou sélectionne Input et double-clique sur Dense).</translation>
        </message>
        <message>
            <source>Click the new Dense layer in the stack: its settings appear. Set Units to 16 and Activation to ReLU.</source>
            <translation>Clique sur la nouvelle couche Dense dans la pile : ses réglages apparaissent. Règle son champ Neurones sur 16 et son Activation sur ReLU.</translation>
        </message>
        <message>
            <source>One answer between 0 and 1</source>
            <translation>Une réponse entre 0 et 1</translation>
        </message>
        <message>
            <source>The network must answer one number: how sure it is that the customer is loyal. Add one more **Dense** layer at the bottom with **1** neuron and the activation **Sigmoid**. Sigmoid squeezes any number into the range 0 to 1:

$\sigma(z) = 1 / (1 + e^{-z})$

An answer above 0.5 counts as 1, below as 0. Look at the Network tab: you have drawn the 2-16-1 network.</source>
            <translation>Le réseau doit répondre par un seul nombre : à quel point il est sûr que le client est fidèle. Ajoute en bas une dernière couche **Dense** avec **1** neurone et l'activation **Sigmoid**. Sigmoid écrase n'importe quel nombre dans l'intervalle de 0 à 1 :

$\sigma(z) = 1 / (1 + e^{-z})$

Une réponse au-dessus de 0.5 compte comme 1, en dessous comme 0. Regarde l'onglet Réseau : tu as dessiné le réseau 2-16-1.</translation>
        </message>
        <message>
            <source>Drag another Dense layer to the very bottom of the stack.</source>
            <translation>Fais glisser une autre couche Dense tout en bas de la pile.</translation>
        </message>
        <message>
            <source>Its Units must be 1 (one answer) and its Activation Sigmoid.</source>
            <translation>Son champ Neurones doit valoir 1 (une seule réponse) et son Activation doit être Sigmoid.</translation>
        </message>
        <message>
            <source>Train it</source>
            <translation>Entraîne-le</translation>
        </message>
        <message>
            <source>The network starts with random weights, so at first its answers are guesses. Training shows it the four rows again and again (an **epoch** is one pass over all four) and nudges every weight to make the error smaller.

Before you press **Train**, make a guess.</source>
            <translation>Le réseau commence avec des poids aléatoires : au début, ses réponses sont donc des devinettes. L'entraînement lui montre les quatre lignes encore et encore (une **époque** est un passage sur les quatre) et ajuste chaque poids pour rendre l'erreur plus petite.

Avant d'appuyer sur **Entraîner**, fais une prédiction.</translation>
        </message>
        <message>
            <source>Press Train and watch the Training tab: the loss falls and the accuracy climbs to 100%.</source>
            <translation>Appuie sur Entraîner et regarde l'onglet Entraînement : la perte baisse et la précision monte jusqu'à 100 %.</translation>
        </message>
        <message>
            <source>If the accuracy stays at 50% or 75%, change the Random seed in the Training settings and train again: another random start can learn it.</source>
            <translation>Si la précision reste à 50 % ou 75 %, change la Graine aléatoire dans les réglages Entraînement et entraîne à nouveau : un autre départ aléatoire peut réussir à l'apprendre.</translation>
        </message>
        <message>
            <source>After how many epochs will all four rows be right?</source>
            <translation>Après combien d'époques les quatre lignes seront-elles toutes justes ?</translation>
        </message>
        <message>
            <source>epochs</source>
            <translation>époques</translation>
        </message>
        <message>
            <source>500 epochs, as in the tutorial, so that everyone's runs can be compared.</source>
            <translation>500 époques, comme dans le tutoriel, pour que les essais de tout le monde puissent être comparés.</translation>
        </message>
        <message>
            <source>The boundary it drew</source>
            <translation>La frontière qu'il a tracée</translation>
        </message>
        <message>
            <source>On the right of the Training tab is the network's answer for every point of the square: the colour shows the answer, the line shows where it changes its mind. It is not one straight line any more!

Drag the **replay slider** under the Training tab back to the start, then slowly forward: watch the boundary bend into shape as the network learns.</source>
            <translation>À droite de l'onglet Entraînement, tu vois la réponse du réseau pour chaque point du carré : la couleur montre la réponse, la ligne montre où il change d'avis. Ce n'est plus une seule ligne droite !

Ramène le **curseur de relecture**, sous l'onglet Entraînement, jusqu'au début, puis avance-le doucement : regarde la frontière prendre forme pendant que le réseau apprend.</translation>
        </message>
        <message>
            <source>The slider is under the curves. Drag it to the left.</source>
            <translation>Le curseur est sous les courbes. Fais-le glisser vers la gauche.</translation>
        </message>
        <message>
            <source>A second hidden layer</source>
            <translation>Une deuxième couche cachée</translation>
        </message>
        <message>
            <source>The tutorial tried two changes. First: a **second hidden layer** of 16 ReLU neurons, between the first one and the output. More layers can combine the lines in more ways. Insert it as layer 3, then train again.

Tip: tick **Same start as the last run** beside Train so that the first layer starts from the same random weights: then only your change differs.</source>
            <translation>Le tutoriel a essayé deux changements. D'abord : une **deuxième couche cachée** de 16 neurones ReLU, entre la première et la sortie. Plus de couches peuvent combiner les droites de plus de façons. Insère-la comme couche 3, puis entraîne à nouveau.

Astuce : coche **Même départ que le dernier essai** à côté d'Entraîner, pour que la première couche parte des mêmes poids aléatoires : ainsi, seul ton changement fait la différence.</translation>
        </message>
        <message>
            <source>Drag a Dense layer between the hidden layer and the output layer.</source>
            <translation>Fais glisser une couche Dense entre la couche cachée et la couche de sortie.</translation>
        </message>
        <message>
            <source>Give it 16 units and ReLU, like the first hidden layer, then press Train.</source>
            <translation>Donne-lui 16 neurones et ReLU, comme la première couche cachée, puis appuie sur Entraîner.</translation>
        </message>
        <message>
            <source>With a second hidden layer, will the network reach 100% sooner or later?</source>
            <translation>Avec une deuxième couche cachée, le réseau atteindra-t-il 100 % plus tôt ou plus tard ?</translation>
        </message>
        <message>
            <source>Sooner</source>
            <translation>Plus tôt</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>About the same</source>
            <translation>À peu près pareil</translation>
        </message>
        <message>
            <source>32 neurons instead of 16</source>
            <translation>32 neurones au lieu de 16</translation>
        </message>
        <message>
            <source>The second change: back to **one** hidden layer, but with **32** neurons. Remove the layer you just added (select it and press Delete), set the first hidden layer's Units to 32, and train again.</source>
            <translation>Deuxième changement : retour à **une seule** couche cachée, mais avec **32** neurones. Retire la couche que tu viens d'ajouter (sélectionne-la et appuie sur Suppr), règle le champ Neurones de la première couche cachée sur 32, et entraîne à nouveau.</translation>
        </message>
        <message>
            <source>Select the second hidden layer (layer 3) and press Delete.</source>
            <translation>Sélectionne la deuxième couche cachée (couche 3) et appuie sur Suppr.</translation>
        </message>
        <message>
            <source>Select the remaining hidden layer and set its Units to 32, then press Train.</source>
            <translation>Sélectionne la couche cachée qui reste et règle son champ Neurones sur 32, puis appuie sur Entraîner.</translation>
        </message>
        <message>
            <source>With 32 neurons instead of 16, will the network reach 100% sooner or later than with 16?</source>
            <translation>Avec 32 neurones au lieu de 16, le réseau atteindra-t-il 100 % plus tôt ou plus tard qu'avec 16 ?</translation>
        </message>
        <message>
            <source>What you found</source>
            <translation>Ce que tu as trouvé</translation>
        </message>
        <message>
            <source>Open the **Runs** tab: your runs are listed with what changed each time, and their curves are drawn over each other. Compare the epoch where each one first reached 100%.

With only four rows, luck (the random start) matters a lot: try the same change twice and the numbers move. Scientists repeat experiments for exactly this reason.</source>
            <translation>Ouvre l'onglet **Essais** : tes essais y sont listés avec ce qui a changé à chaque fois, et leurs courbes sont tracées les unes sur les autres. Compare l'époque où chacun a atteint 100 % pour la première fois.

Avec seulement quatre lignes, la chance (le départ aléatoire) compte beaucoup : refais deux fois le même changement et les nombres bougent. C'est exactement pour ça que les scientifiques répètent leurs expériences.</translation>
        </message>
        <message>
            <source>The Runs tab is beside the Training tab, at the top of the window.</source>
            <translation>L'onglet Essais est à côté de l'onglet Entraînement, en haut de la fenêtre.</translation>
        </message>
        <message>
            <source>A hidden layer of 16 or more ReLU neurons.</source>
            <translation>Une couche cachée de 16 neurones ReLU ou plus.</translation>
        </message>
    </context>
    <context>
        <name>LessonFile</name>
        <message>
            <source>the palette of layers</source>
            <extracomment>MIGRATIONS[n] turns a lesson's dict at schema version n into one at version n + 1. The parts of the window a step can point at ("look_at"), with the words for them (English: shown through :func:`place_words`).</extracomment>
            <translation>la palette de couches</translation>
        </message>
        <message>
            <source>the layer stack</source>
            <translation>la pile de couches</translation>
        </message>
        <message>
            <source>the selected layer's settings</source>
            <translation>les réglages de la couche sélectionnée</translation>
        </message>
        <message>
            <source>the Network tab</source>
            <translation>l'onglet Réseau</translation>
        </message>
        <message>
            <source>the Loss and optimizer settings</source>
            <translation>les réglages Perte et optimiseur</translation>
        </message>
        <message>
            <source>the Data settings</source>
            <translation>les réglages Données</translation>
        </message>
        <message>
            <source>the Training settings</source>
            <translation>les réglages Entraînement</translation>
        </message>
        <message>
            <source>the Train button</source>
            <translation>le bouton Entraîner</translation>
        </message>
        <message>
            <source>the Problems list</source>
            <translation>la liste Problèmes</translation>
        </message>
        <message>
            <source>the Keras code</source>
            <translation>le code Keras</translation>
        </message>
        <message>
            <source>the Training tab's curves</source>
            <translation>les courbes de l'onglet Entraînement</translation>
        </message>
        <message>
            <source>the Training tab's weights</source>
            <translation>les poids de l'onglet Entraînement</translation>
        </message>
        <message>
            <source>the Training tab's decision boundary</source>
            <translation>la frontière de décision de l'onglet Entraînement</translation>
        </message>
        <message>
            <source>the replay slider</source>
            <translation>le curseur de relecture</translation>
        </message>
        <message>
            <source>the Runs tab</source>
            <translation>l'onglet Essais</translation>
        </message>
        <message>
            <source>the Results tab</source>
            <translation>l'onglet Résultats</translation>
        </message>
        <message>
            <source>the Draw a digit tab</source>
            <translation>l'onglet Dessiner un chiffre</translation>
        </message>
        <message>
            <source>the Inside tab</source>
            <translation>l'onglet Intérieur</translation>
        </message>
        <message>
            <source>the layers</source>
            <extracomment>The whole sections a step can lock, with the words for them (see :func:`lock_words`).</extracomment>
            <translation>les couches</translation>
        </message>
        <message>
            <source>the loss</source>
            <translation>la perte</translation>
        </message>
        <message>
            <source>the optimizer</source>
            <translation>l'optimiseur</translation>
        </message>
        <message>
            <source>the data settings</source>
            <translation>les réglages des données</translation>
        </message>
        <message>
            <source>the training settings</source>
            <translation>les réglages d'entraînement</translation>
        </message>
        <message>
            <source>the data setting {name}</source>
            <extracomment>Settings a step can lock ("locks"): the whole stack of layers, the loss, the optimizer (with its settings), the metrics, or a data or training setting ("data.flatten"); with the words for them in English (shown through :func:`lock_words`).</extracomment>
            <translation>le réglage de données {name}</translation>
        </message>
        <message>
            <source>the training setting {name}</source>
            <translation>le réglage d'entraînement {name}</translation>
        </message>
        <message>
            <source>the test accuracy</source>
            <extracomment>What a prediction can be compared with, once the next run has finished (the words for it in English: shown through :func:`outcome_words`).</extracomment>
            <translation>la précision de test</translation>
        </message>
        <message>
            <source>the test loss</source>
            <translation>la perte de test</translation>
        </message>
        <message>
            <source>the training accuracy in the last epoch</source>
            <translation>la précision d'entraînement à la dernière époque</translation>
        </message>
        <message>
            <source>the first epoch with 100% training accuracy</source>
            <translation>la première époque avec 100 % de précision d'entraînement</translation>
        </message>
        <message>
            <source>the training time in seconds</source>
            <translation>le temps d'entraînement en secondes</translation>
        </message>
        <message>
            <source>Challenge</source>
            <extracomment>Which way a choice says the outcome goes, compared with the run before the prediction. Two outcomes count as "the same" when they differ by at most this share of the larger (epochs, seconds, a loss), or for accuracies by at most this many (half a percentage point). Whether the file could not be read as a lesson at all (not there, not text, not JSON, not a lesson, a newer schema), rather than having problems in what it says. For a number: its unit ("%", "epochs") and the range an answer may take. What really happened, to show beside the answer (a key of :data:`OUTCOMES`). For choices: which way each one says the outcome goes (a key of :data:`DIRECTIONS`). What the outcome is compared with: the outcome of an earlier prediction (its id), or "" for the run just before the answer. The actions that reach the goal (see :mod:`nnstudio.lessons.show`), as written. The file's dict as read (after migration), kept with a student's project. Where it was read from ("built-in" for the ones that come with nnstudio).</extracomment>
            <translation>Défi</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Leçon</translation>
        </message>
        <message>
            <source>Challenge: {title}</source>
            <translation>Défi : {title}</translation>
        </message>
        <message>
            <source>Lesson: {title}</source>
            <translation>Leçon : {title}</translation>
        </message>
        <message>
            <source>the lesson file</source>
            <translation>le fichier de leçon</translation>
        </message>
        <message>
            <source>{source}, {where}: {problem}</source>
            <translation>{source}, {where} : {problem}</translation>
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation>{source} : {problem}</translation>
        </message>
        <message>
            <source>unknown entry {key}. Expected some of: {known}.</source>
            <translation>entrée inconnue {key}. Entrées possibles : {known}.</translation>
        </message>
        <message>
            <source>expected "{key}" to be one of: {allowed}. Received: {value}.</source>
            <translation>"{key}" doit valoir l'une de ces valeurs : {allowed}. Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected "{key}", found none.</source>
            <translation>il manque "{key}".</translation>
        </message>
        <message>
            <source>expected "{key}" to be text. Received: {value}.</source>
            <translation>"{key}" doit être du texte. Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected "id" to use only letters, digits, -, _ and . (it names the lesson in students' projects). Received: {value}.</source>
            <translation>"id" ne doit contenir que des lettres, des chiffres, -, _ et . (il nomme la leçon dans les projets des élèves). Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected "minutes" to be a whole number from 1 to 600. Received: {value}.</source>
            <translation>"minutes" doit être un nombre entier de 1 à 600. Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected an object. Received: {value}.</source>
            <translation>il faut un objet. Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected "steps" to be a list of at least one step. Received: {value}.</source>
            <translation>"steps" doit être une liste d'au moins une étape. Reçu : {value}.</translation>
        </message>
        <message>
            <source>step {number}</source>
            <translation>étape {number}</translation>
        </message>
        <message>
            <source>a challenge needs a goal: expected a step with a "goal" (or a "grade"), found none.</source>
            <translation>un défi a besoin d'un objectif : il faut une étape avec un "goal" (ou un "grade"), mais il n'y en a aucune.</translation>
        </message>
        <message>
            <source>the prediction {id} compares with {other}: expected the id of an earlier prediction.</source>
            <translation>la prédiction {id} se compare à {other} : il faut l'id d'une prédiction précédente.</translation>
        </message>
        <message>
            <source>two predictions have the id {id}: expected each prediction to have its own.</source>
            <translation>deux prédictions ont l'id {id} : chaque prédiction doit avoir le sien.</translation>
        </message>
        <message>
            <source>expected "hints" to be a list of texts. Received: {value}.</source>
            <translation>"hints" doit être une liste de textes. Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected "show_me" to be a list of actions. Received: {value}.</source>
            <translation>"show_me" doit être une liste d'actions. Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected "compare_with" to be the id of an earlier prediction. Received: {value}.</source>
            <translation>"compare_with" doit être l'id d'une prédiction précédente. Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected either "choices" (a list) or "number" (an object with "min", "max" and "unit"), and not both.</source>
            <translation>il faut soit "choices" (une liste), soit "number" (un objet avec "min", "max" et "unit"), mais pas les deux.</translation>
        </message>
        <message>
            <source>expected "choices" to be a list of at least two texts. Received: {value}.</source>
            <translation>"choices" doit être une liste d'au moins deux textes. Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected "right" to be an object. Received: {value}.</source>
            <translation>"right" doit être un objet. Reçu : {value}.</translation>
        </message>
        <message>
            <source>"right" names {choice}, which is not one of the choices ({choices}).</source>
            <translation>"right" nomme {choice}, qui ne fait pas partie des choix ({choices}).</translation>
        </message>
        <message>
            <source>expected "right" to map a choice to one of: {allowed}. Received: {value}.</source>
            <translation>"right" doit associer un choix à l'une de ces valeurs : {allowed}. Reçu : {value}.</translation>
        </message>
        <message>
            <source>"right" needs an "outcome" to compare.</source>
            <translation>"right" a besoin d'un "outcome" à comparer.</translation>
        </message>
        <message>
            <source>expected "number" to be an object with "min", "max" and "unit". Received: {value}.</source>
            <translation>"number" doit être un objet avec "min", "max" et "unit". Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected "min" and "max" to be numbers and "unit" text. Received: {value}.</source>
            <translation>"min" et "max" doivent être des nombres, et "unit" du texte. Reçu : {value}.</translation>
        </message>
        <message>
            <source>no answer fits: the smallest answer ({low:g}) is not below the largest ({high:g}).</source>
            <translation>aucune réponse n'est possible : la plus petite réponse ({low:g}) n'est pas inférieure à la plus grande ({high:g}).</translation>
        </message>
        <message>
            <source>expected "locks" to be a list. Received: {value}.</source>
            <translation>"locks" doit être une liste. Reçu : {value}.</translation>
        </message>
        <message>
            <source>a lock names no setting that can be locked. Expected {{"setting": …, "reason": …}} with a setting among: {settings}. Received: {value}.</source>
            <translation>un verrou ne nomme aucun réglage verrouillable. Attendu : {{"setting": …, "reason": …}} avec un réglage parmi : {settings}. Reçu : {value}.</translation>
        </message>
        <message>
            <source>the lock on {setting} needs a "reason" the student reads.</source>
            <translation>le verrou sur {setting} a besoin d'une "reason" que l'élève pourra lire.</translation>
        </message>
        <message>
            <source>unknown entry {key}. Expected some of: template, name, layers, compile, data, train.</source>
            <translation>entrée inconnue {key}. Entrées possibles : template, name, layers, compile, data, train.</translation>
        </message>
        <message>
            <source>there is no template called {name}. Expected one of: {names}.</source>
            <translation>il n'y a pas de modèle de départ nommé {name}. Valeurs possibles : {names}.</translation>
        </message>
        <message>
            <source>expected {key} to be an object. Received: {value}.</source>
            <translation>{key} doit être un objet. Reçu : {value}.</translation>
        </message>
    </context>
    <context>
        <name>LessonGoals</name>
        <message>
            <source>Press Train</source>
            <extracomment>What a student can do that a goal can ask for ("did"), with the words for it (English: shown through :func:`action_words`).</extracomment>
            <translation>Appuie sur Entraîner</translation>
        </message>
        <message>
            <source>Press Stop while the network trains</source>
            <translation>Appuie sur Arrêter pendant que le réseau s'entraîne</translation>
        </message>
        <message>
            <source>Press Pause while the network trains</source>
            <translation>Appuie sur Pause pendant que le réseau s'entraîne</translation>
        </message>
        <message>
            <source>Look at the Results tab</source>
            <translation>Regarde l'onglet Résultats</translation>
        </message>
        <message>
            <source>Look at the Inside tab</source>
            <translation>Regarde l'onglet Intérieur</translation>
        </message>
        <message>
            <source>Draw a digit in the Draw a digit tab</source>
            <translation>Dessine un chiffre dans l'onglet Dessiner un chiffre</translation>
        </message>
        <message>
            <source>Look at the Runs tab</source>
            <translation>Regarde l'onglet Essais</translation>
        </message>
        <message>
            <source>Drag the replay slider back to an earlier moment</source>
            <translation>Ramène le curseur de relecture à un moment antérieur</translation>
        </message>
        <message>
            <source>Look at the Keras code</source>
            <translation>Regarde le code Keras</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where} : {problem}</translation>
        </message>
        <message>
            <source>{items} or {last}</source>
            <translation>{items} ou {last}</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} et {last}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <extracomment>The lesson's own words for it, if it gave them ("say"); otherwise made from its data.</extracomment>
            <translation>entre {low} et {high}</translation>
        </message>
        <message>
            <source>at least {value}</source>
            <translation>au moins {value}</translation>
        </message>
        <message>
            <source>at most {value}</source>
            <translation>au plus {value}</translation>
        </message>
        <message>
            <source>filled in</source>
            <translation>non vide</translation>
        </message>
        <message>
            <source>anything but {value}</source>
            <translation>tout sauf {value}</translation>
        </message>
        <message>
            <source>on</source>
            <comment>a setting</comment>
            <translation>activé</translation>
        </message>
        <message>
            <source>off</source>
            <comment>a setting</comment>
            <translation>désactivé</translation>
        </message>
        <message>
            <source>expected "min" or "max" (a number) for {what}.</source>
            <translation>il faut "min" ou "max" (un nombre) pour {what}.</translation>
        </message>
        <message>
            <source>expected {key} to be a number for {what}. Received: {value}.</source>
            <translation>{key} doit être un nombre pour {what}. Reçu : {value}.</translation>
        </message>
        <message>
            <source>this can never hold: {what} cannot be at least {min:g} and at most {max:g}.</source>
            <translation>cette condition est impossible : {what} ne peut pas être à la fois au moins {min:g} et au plus {max:g}.</translation>
        </message>
        <message>
            <source>this can never hold: {what} is never below {low:g}, and the goal asks for at most {max:g}.</source>
            <translation>cette condition est impossible : {what} ne descend jamais sous {low:g}, et l'objectif demande au plus {max:g}.</translation>
        </message>
        <message>
            <source>this can never hold: {what} is never above {high:g}, and the goal asks for at least {min:g}.</source>
            <translation>cette condition est impossible : {what} ne dépasse jamais {high:g}, et l'objectif demande au moins {min:g}.</translation>
        </message>
        <message>
            <source>expected {what} to be a shape, a list of whole numbers from 1 such as [28, 28] (or a list of shapes). Received: {value}.</source>
            <translation>{what} doit être une forme, c'est-à-dire une liste de nombres entiers à partir de 1 comme [28, 28] (ou une liste de formes). Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected {what} to be a value, a list of values or {{"min": …, "max": …}}. Received: {value}.</source>
            <translation>{what} doit être une valeur, une liste de valeurs ou {{"min": …, "max": …}}. Reçu : {value}.</translation>
        </message>
        <message>
            <source>this can never hold: {what} is asked to be one of no values.</source>
            <translation>cette condition est impossible : {what} doit valoir l'une des valeurs d'une liste vide.</translation>
        </message>
        <message>
            <source>{what} can never be {value}. Expected one of: {allowed}.</source>
            <translation>{what} ne peut jamais valoir {value}. Valeurs possibles : {allowed}.</translation>
        </message>
        <message>
            <source>expected {what} to be true or false. Received: {value}.</source>
            <translation>{what} doit valoir true ou false. Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected {what} to be a number. Received: {value}.</source>
            <translation>{what} doit être un nombre. Reçu : {value}.</translation>
        </message>
        <message>
            <source>this can never hold: {what} must lie between {low:g} and {high:g}, and the goal asks for {value:g}.</source>
            <translation>cette condition est impossible : {what} doit rester entre {low:g} et {high:g}, et l'objectif demande {value:g}.</translation>
        </message>
        <message>
            <source>there is no {what} called {name}. Expected one of: {names}.</source>
            <translation>{name} n'existe pas comme {what}. Valeurs possibles : {names}.</translation>
        </message>
        <message>
            <source>expected "kind" to be one layer kind. Received: {value}.</source>
            <translation>"kind" doit être un seul type de couche. Reçu : {value}.</translation>
        </message>
        <message>
            <source>layer kind</source>
            <translation>type de couche</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>a {kind} layer has no setting {key}. Expected one of its settings ({names}) or after, position.</source>
            <translation>une couche {kind} n'a pas de réglage {key}. Possibles : l'un de ses réglages ({names}), ou after, position.</translation>
        </message>
        <message>
            <source>a {kind} layer's {setting}</source>
            <translation>le réglage {setting} d'une couche {kind}</translation>
        </message>
        <message>
            <source>expected "position" to be "first", "last" or a layer number from 1. Received: {value}.</source>
            <translation>"position" doit valoir "first", "last" ou un numéro de couche à partir de 1. Reçu : {value}.</translation>
        </message>
        <message numerus="yes">
            <source>%n neuron(s)</source>
            <translation>
                <numerusform>%n neurone</numerusform>
                <numerusform>%n neurones</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} neurons</source>
            <translation>{value} neurones</translation>
        </message>
        <message>
            <source>rate {value:g}</source>
            <translation>un taux de {value:g}</translation>
        </message>
        <message>
            <source>shape {value}</source>
            <translation>la forme {value}</translation>
        </message>
        <message>
            <source>{setting} {value}</source>
            <translation>{setting} {value}</translation>
        </message>
        <message>
            <source>with {settings}</source>
            <translation>avec {settings}</translation>
        </message>
        <message>
            <source>right after {kind}</source>
            <translation>juste après {kind}</translation>
        </message>
        <message>
            <source>as the first layer</source>
            <translation>en première couche</translation>
        </message>
        <message>
            <source>as the last layer</source>
            <translation>en dernière couche</translation>
        </message>
        <message>
            <source>as layer {number}</source>
            <translation>à la position {number}</translation>
        </message>
        <message>
            <source>Add an {kind} layer {details}.</source>
            <translation>Ajoute une couche {kind} {details}.</translation>
        </message>
        <message>
            <source>Add an {kind} layer.</source>
            <translation>Ajoute une couche {kind}.</translation>
        </message>
        <message>
            <source>Add a {kind} layer {details}.</source>
            <translation>Ajoute une couche {kind} {details}.</translation>
        </message>
        <message>
            <source>Add a {kind} layer.</source>
            <translation>Ajoute une couche {kind}.</translation>
        </message>
        <message>
            <source>expected "kinds" to be a list of layer kinds. Received: {value}.</source>
            <translation>"kinds" doit être une liste de types de couches. Reçu : {value}.</translation>
        </message>
        <message>
            <source>Have exactly these layers, in this order: {kinds}.</source>
            <translation>Le réseau doit avoir exactement ces couches, dans cet ordre : {kinds}.</translation>
        </message>
        <message>
            <source>the number of layers</source>
            <translation>le nombre de couches</translation>
        </message>
        <message>
            <source>Have {bounds} {kind} layers.</source>
            <translation>Le réseau doit avoir {bounds} couches {kind}.</translation>
        </message>
        <message>
            <source>Have {bounds} layers.</source>
            <translation>Le réseau doit avoir {bounds} couches.</translation>
        </message>
        <message>
            <source>Have {bounds} {kind} layers (now {count}).</source>
            <translation>Le réseau doit avoir {bounds} couches {kind} (actuellement {count}).</translation>
        </message>
        <message>
            <source>Have {bounds} layers (now {count}).</source>
            <translation>Le réseau doit avoir {bounds} couches (actuellement {count}).</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>perte</translation>
        </message>
        <message>
            <source>Use the loss {loss}.</source>
            <translation>Utilise la perte {loss}.</translation>
        </message>
        <message>
            <source>optimizer</source>
            <translation>optimiseur</translation>
        </message>
        <message>
            <source>expected "settings" to be an object of optimizer settings. Received: {value}.</source>
            <translation>"settings" doit être un objet de réglages de l'optimiseur. Reçu : {value}.</translation>
        </message>
        <message>
            <source>the optimizer {optimizer} has no setting {key}.</source>
            <translation>l'optimiseur {optimizer} n'a pas de réglage {key}.</translation>
        </message>
        <message>
            <source>the optimizer's {setting}</source>
            <translation>le réglage {setting} de l'optimiseur</translation>
        </message>
        <message>
            <source>Use the optimizer {optimizer}.</source>
            <translation>Utilise l'optimiseur {optimizer}.</translation>
        </message>
        <message>
            <source>Use the optimizer {optimizer} with {settings}.</source>
            <translation>Utilise l'optimiseur {optimizer} avec {settings}.</translation>
        </message>
        <message>
            <source>dataset</source>
            <extracomment>The words for the data settings the catalog has no label for.</extracomment>
            <translation>jeu de données</translation>
        </message>
        <message>
            <source>preprocessing</source>
            <translation>prétraitement</translation>
        </message>
        <message>
            <source>file</source>
            <translation>fichier</translation>
        </message>
        <message>
            <source>label column</source>
            <translation>colonne d'étiquette</translation>
        </message>
        <message>
            <source>expected at least one data setting to check.</source>
            <translation>il faut au moins un réglage de données à vérifier.</translation>
        </message>
        <message>
            <source>expected at least one training setting to check.</source>
            <translation>il faut au moins un réglage d'entraînement à vérifier.</translation>
        </message>
        <message>
            <source>there is no data setting {key}. Expected some of: {names}.</source>
            <translation>il n'y a pas de réglage de données {key}. Réglages possibles : {names}.</translation>
        </message>
        <message>
            <source>there is no training setting {key}. Expected some of: {names}.</source>
            <translation>il n'y a pas de réglage d'entraînement {key}. Réglages possibles : {names}.</translation>
        </message>
        <message>
            <source>the data setting {setting}</source>
            <translation>le réglage de données {setting}</translation>
        </message>
        <message>
            <source>the training setting {setting}</source>
            <translation>le réglage d'entraînement {setting}</translation>
        </message>
        <message>
            <source>Set the data settings: {settings}.</source>
            <translation>Règle les données ainsi : {settings}.</translation>
        </message>
        <message>
            <source>Set the training settings: {settings}.</source>
            <translation>Règle l'entraînement ainsi : {settings}.</translation>
        </message>
        <message>
            <source>the number of parameters</source>
            <translation>le nombre de paramètres</translation>
        </message>
        <message>
            <source>Keep the parameters (weights and biases) {bounds}.</source>
            <translation>Le réseau doit avoir {bounds} paramètres (poids et biais).</translation>
        </message>
        <message>
            <source>Keep the parameters (weights and biases) {bounds} (now unknown).</source>
            <translation>Le réseau doit avoir {bounds} paramètres (poids et biais) (nombre actuel inconnu).</translation>
        </message>
        <message>
            <source>Keep the parameters (weights and biases) {bounds} (now {count}).</source>
            <translation>Le réseau doit avoir {bounds} paramètres (poids et biais) (actuellement {count}).</translation>
        </message>
        <message>
            <source>expected "stopped" to be true or false. Received: {value}.</source>
            <translation>"stopped" doit valoir true ou false. Reçu : {value}.</translation>
        </message>
        <message>
            <source>Train the network (stopping it early is fine) (the network changed since the last run, so train it again).</source>
            <translation>Entraîne le réseau (tu peux l'arrêter avant la fin) (le réseau a changé depuis le dernier essai : entraîne-le à nouveau).</translation>
        </message>
        <message>
            <source>Train the network (stopping it early is fine).</source>
            <translation>Entraîne le réseau (tu peux l'arrêter avant la fin).</translation>
        </message>
        <message>
            <source>Train the network until it finishes (the network changed since the last run, so train it again).</source>
            <translation>Entraîne le réseau jusqu'au bout (le réseau a changé depuis le dernier essai : entraîne-le à nouveau).</translation>
        </message>
        <message>
            <source>Train the network until it finishes.</source>
            <translation>Entraîne le réseau jusqu'au bout.</translation>
        </message>
        <message>
            <source>Reach {what} {bounds} (last run: {value}).</source>
            <translation>Atteins {what} : {bounds} (dernier essai : {value}).</translation>
        </message>
        <message>
            <source>Reach {what} {bounds} (train the network as it is now).</source>
            <translation>Atteins {what} : {bounds} (entraîne le réseau tel qu'il est maintenant).</translation>
        </message>
        <message>
            <source>Reach {what} {bounds}.</source>
            <translation>Atteins {what} : {bounds}.</translation>
        </message>
        <message>
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <source>a test accuracy</source>
            <translation>une précision de test</translation>
        </message>
        <message>
            <source>a test loss</source>
            <translation>une perte de test</translation>
        </message>
        <message>
            <source>a training accuracy (last epoch)</source>
            <translation>une précision d'entraînement (dernière époque)</translation>
        </message>
        <message>
            <source>a number of epochs trained</source>
            <translation>un nombre d'époques d'entraînement</translation>
        </message>
        <message>
            <source>expected a condition (an object with "check", "all" or "any"). Received: {value}.</source>
            <translation>il faut une condition (un objet avec "check", "all" ou "any"). Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected "say" to be text. Received: {value}.</source>
            <translation>"say" doit être du texte. Reçu : {value}.</translation>
        </message>
        <message>
            <source>a condition with "{key}" takes only a list of conditions (and "say"). Received also: {extra}.</source>
            <translation>une condition avec "{key}" ne prend qu'une liste de conditions (et "say"). Reçu en plus : {extra}.</translation>
        </message>
        <message>
            <source>expected "{key}" to be a list of at least one condition. Received: {value}.</source>
            <translation>"{key}" doit être une liste d'au moins une condition. Reçu : {value}.</translation>
        </message>
        <message>
            <source>there is no check called {name}. Expected one of: {names}, or "all" / "any" with a list.</source>
            <translation>il n'y a pas de vérification nommée {name}. Valeurs possibles : {names}, ou "all" / "any" avec une liste.</translation>
        </message>
        <message>
            <source>the check "{check}" needs {keys}.</source>
            <translation>la vérification "{check}" a besoin de {keys}.</translation>
        </message>
        <message>
            <source>the check "{check}" has no setting {key}. Expected some of: {keys}.</source>
            <translation>la vérification "{check}" n'a pas de réglage {key}. Réglages possibles : {keys}.</translation>
        </message>
        <message>
            <source>{goals}; and {goal}</source>
            <comment>goals that must all hold</comment>
            <translation>{goals} ; et {goal}</translation>
        </message>
        <message>
            <source>{goals}; or {goal}</source>
            <comment>goals of which one must hold</comment>
            <translation>{goals} ; ou {goal}</translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <source>There is no built-in lesson called {name} and no lesson file there. Expected a {suffix} file or one of: {ids}.</source>
            <extracomment>The built-in lessons in the order a class meets them, then the challenges.</extracomment>
            <translation>Il n'y a pas de leçon intégrée appelée {name}, ni de fichier de leçon à cet endroit. Il faut un fichier {suffix} ou l'une de ces leçons : {ids}.</translation>
        </message>
        <message>
            <source>the lesson kept in {project}</source>
            <translation>la leçon gardée dans {project}</translation>
        </message>
    </context>
    <context>
        <name>LessonsPanel</name>
        <message>
            <source>Your prediction</source>
            <extracomment>The same on a dark window.</extracomment>
            <translation>Ta prédiction</translation>
        </message>
        <message>
            <source>Your answer to the question, before you train</source>
            <translation>Ta réponse à la question, avant d'entraîner</translation>
        </message>
        <message>
            <source>Keep my answer</source>
            <translation>Garder ma réponse</translation>
        </message>
        <message>
            <source>Keep your answer; it is shown beside what happened at the end</source>
            <translation>Garde ta réponse ; elle sera affichée à la fin, à côté de ce qui s'est passé</translation>
        </message>
        <message>
            <source>&lt;b&gt;Predict first:&lt;/b&gt; {question}</source>
            <extracomment>The choices asked, by their buttons' ids.</extracomment>
            <translation>&lt;b&gt;Prédis d'abord :&lt;/b&gt; {question}</translation>
        </message>
        <message>
            <source>Choose one answer first.</source>
            <translation>Choisis d'abord une réponse.</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>(place) the step points at a part of the window ("palette", "results"...). The student closed the lesson (the project stays as it is). (text) a line for the status bar.</extracomment>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Hide the lesson; the project keeps your progress (Learn → Continue the lesson)</source>
            <translation>Masquer la leçon ; le projet garde ta progression (Apprendre → Continuer la leçon)</translation>
        </message>
        <message>
            <source>The step's text</source>
            <translation>Le texte de l'étape</translation>
        </message>
        <message>
            <source>What this step explains and asks you to do</source>
            <translation>Ce que cette étape explique et te demande de faire</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <source>Hint</source>
            <translation>Indice</translation>
        </message>
        <message>
            <source>Show me</source>
            <translation>Montre-moi</translation>
        </message>
        <message>
            <source>Do this step's changes for you (Ctrl+Z undoes them)</source>
            <translation>Faire les changements de cette étape à ta place (Ctrl+Z les annule)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <source>Back to the step before</source>
            <translation>Revenir à l'étape précédente</translation>
        </message>
        <message>
            <source>Show one more hint for this step</source>
            <translation>Afficher un indice de plus pour cette étape</translation>
        </message>
        <message>
            <source>On to the next step, once the goal is reached</source>
            <translation>Passer à l'étape suivante, une fois l'objectif atteint</translation>
        </message>
        <message>
            <source>Answer the question before you train.</source>
            <translation>Réponds à la question avant d'entraîner.</translation>
        </message>
        <message>
            <source>Done!</source>
            <translation>Terminé !</translation>
        </message>
        <message>
            <source>Step {number} of {count}</source>
            <translation>Étape {number} sur {count}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Goal&lt;/b&gt;</source>
            <translation>&lt;b&gt;Objectif&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Hint ({count})</source>
            <translation>Indice ({count})</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>On to the next step</source>
            <translation>Passer à l'étape suivante</translation>
        </message>
        <message>
            <source>Reach the goal first, then go on</source>
            <translation>Atteins d'abord l'objectif, puis continue</translation>
        </message>
        <message>
            <source>Look at {place} ↗</source>
            <translation>Regarde {place} ↗</translation>
        </message>
        <message>
            <source>&lt;b&gt;Locked:&lt;/b&gt; {setting} stays as it is: {reason}</source>
            <translation>&lt;b&gt;Verrouillé :&lt;/b&gt; tu ne peux pas changer {setting} : {reason}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Hint {number}:&lt;/b&gt; {hint}</source>
            <translation>&lt;b&gt;Indice {number} :&lt;/b&gt; {hint}</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Well done: you finished “{title}”.&lt;/h3&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Save the project to keep it (and hand it in).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Bravo : tu as terminé « {title} ».&lt;/h3&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Enregistre le projet pour le garder (et le rendre).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Your prediction is kept. Now press Train to see what happens.</source>
            <translation>Ta prédiction est gardée. Appuie maintenant sur Entraîner pour voir ce qui se passe.</translation>
        </message>
        <message>
            <source>Show me cannot do this step: the lesson's own steps do not fit.</source>
            <translation>« Montre-moi » ne peut pas faire cette étape : les étapes de la leçon elle-même ne correspondent pas.</translation>
        </message>
        <message>
            <source>Show me: step {number}</source>
            <translation>Montre-moi : étape {number}</translation>
        </message>
        <message>
            <source>Done (Ctrl+Z undoes it). Now it is your turn: {actions}</source>
            <translation>C'est fait (Ctrl+Z pour annuler). À toi maintenant : {actions}</translation>
        </message>
        <message>
            <source>Done (Ctrl+Z undoes it).</source>
            <translation>C'est fait (Ctrl+Z pour annuler).</translation>
        </message>
    </context>
    <context>
        <name>LessonsStart</name>
        <message>
            <source>Beginner</source>
            <translation>Débutant</translation>
        </message>
        <message>
            <source>Intermediate</source>
            <translation>Intermédiaire</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Avancé</translation>
        </message>
        <message>
            <source>Welcome to nnstudio</source>
            <extracomment>What the student picked: a Lesson, "file" (open a lesson file), or None (just build).</extracomment>
            <translation>Bienvenue dans nnstudio</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Learn neural networks by building them&lt;/h2&gt;&lt;p&gt;Pick a lesson: each one builds a network step by step, with a goal that ticks as you go, hints when you are stuck, and a question before you train. A challenge gives you a goal and no recipe.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Apprends les réseaux de neurones en les construisant&lt;/h2&gt;&lt;p&gt;Choisis une leçon : chacune construit un réseau étape par étape, avec un objectif qui se coche au fur et à mesure, des indices quand tu bloques, et une question avant d'entraîner. Un défi te donne un objectif, mais pas de recette.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Lessons and challenges</source>
            <translation>Leçons et défis</translation>
        </message>
        <message>
            <source>Each with its level and minutes; press Enter or Start to begin the chosen one</source>
            <translation>Chacun avec son niveau et sa durée en minutes ; appuie sur Entrée ou sur Commencer pour lancer celui qui est choisi</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Lessons</source>
            <extracomment>The lessons in the order of their rows (the group rows are not lessons).</extracomment>
            <translation>Leçons</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>Défis</translation>
        </message>
        <message>
            <source>Challenge: </source>
            <comment>the start of a challenge's title (left out in the list)</comment>
            <translation>Défi : </translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Commencer</translation>
        </message>
        <message>
            <source>Begin the chosen lesson in a new project</source>
            <translation>Commencer la leçon choisie dans un nouveau projet</translation>
        </message>
        <message>
            <source>Open a lesson file…</source>
            <translation>Ouvrir un fichier de leçon…</translation>
        </message>
        <message>
            <source>A lesson or challenge a teacher wrote (.nnlesson)</source>
            <translation>Une leçon ou un défi écrit par un professeur (.nnlesson)</translation>
        </message>
        <message>
            <source>Just build</source>
            <translation>Juste construire</translation>
        </message>
        <message>
            <source>Close this page and build a network on your own</source>
            <translation>Fermer cette page et construire un réseau par toi-même</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{heading}&lt;/b&gt; (%n step(s)): {summary}</source>
            <translation>
                <numerusform>&lt;b&gt;{heading}&lt;/b&gt; (%n étape) : {summary}</numerusform>
                <numerusform>&lt;b&gt;{heading}&lt;/b&gt; (%n étapes) : {summary}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MnistFiles</name>
        <message>
            <source>MNIST from the copy that comes with nnstudio ({path}), but its checksum does not match the original MNIST, so it may be changed.</source>
            <extracomment>SHA-256 of the raw bytes of x_train, y_train, x_test and y_test, concatenated in that order. One sentence for the user: where the data came from. The file or folder read; None for a download. "bundled", "keras-cache", "download", "npz" or "idx".</extracomment>
            <translation>MNIST depuis la copie fournie avec nnstudio ({path}), mais sa somme de contrôle ne correspond pas au MNIST d'origine : elle a peut-être été modifiée.</translation>
        </message>
        <message>
            <source> or </source>
            <comment>between places</comment>
            <translation> ou </translation>
        </message>
        <message>
            <source>MNIST could not be found: expected the copy that comes with nnstudio ({places}) or the Keras cache ({cache}), found neither, and downloading it failed ({error}); choose an MNIST .npz file or a folder of IDX files instead.</source>
            <translation>MNIST est introuvable : ni la copie fournie avec nnstudio ({places}) ni le cache de Keras ({cache}) ne sont là, et le téléchargement a échoué ({error}) ; choisis plutôt un fichier MNIST .npz ou un dossier de fichiers IDX.</translation>
        </message>
        <message>
            <source>the downloaded MNIST</source>
            <comment>In {where}, x_train has shape …</comment>
            <translation>le MNIST téléchargé</translation>
        </message>
        <message>
            <source>MNIST from the copy that comes with nnstudio ({path}).</source>
            <translation>MNIST depuis la copie fournie avec nnstudio ({path}).</translation>
        </message>
        <message>
            <source>MNIST from the Keras cache ({path}).</source>
            <translation>MNIST depuis le cache de Keras ({path}).</translation>
        </message>
        <message>
            <source>MNIST from the four IDX files in the folder {path}.</source>
            <translation>MNIST depuis les quatre fichiers IDX du dossier {path}.</translation>
        </message>
        <message>
            <source>MNIST from the file {path}.</source>
            <translation>MNIST depuis le fichier {path}.</translation>
        </message>
        <message>
            <source>MNIST downloaded from the internet (from where Keras downloads it).</source>
            <translation>MNIST téléchargé depuis Internet (depuis l'endroit où Keras le télécharge).</translation>
        </message>
        <message>
            <source>{path} is not a file but a pipe, a device or a socket: expected an MNIST .npz file or a folder holding the four MNIST IDX files.</source>
            <extracomment>Where ``keras.datasets.mnist.load_data()`` downloads MNIST from, and that file's SHA-256.</extracomment>
            <translation>{path} n'est pas un fichier mais un tube, un périphérique ou un socket : il faut un fichier MNIST .npz ou un dossier contenant les quatre fichiers IDX de MNIST.</translation>
        </message>
        <message>
            <source>{path} does not exist: expected an MNIST .npz file or a folder holding the four MNIST IDX files.</source>
            <translation>{path} n'existe pas : il faut un fichier MNIST .npz ou un dossier contenant les quatre fichiers IDX de MNIST.</translation>
        </message>
        <message>
            <source>{name} is not an MNIST file: expected an .npz file, a folder holding the four MNIST IDX files, or one of those files (such as train-images-idx3-ubyte.gz).</source>
            <translation>{name} n'est pas un fichier MNIST : il faut un fichier .npz, un dossier contenant les quatre fichiers IDX de MNIST, ou l'un de ces fichiers (comme train-images-idx3-ubyte.gz).</translation>
        </message>
    </context>
    <context>
        <name>ModelFile</name>
        <message>
            <source>Could not save {path}: {error}</source>
            <translation>Impossible d'enregistrer {path} : {error}</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but it could not be read ({error}).</source>
            <translation>{name} est endommagé : il devrait contenir un réseau entraîné enregistré par Keras (un fichier .keras, qui est une archive zip), mais il n'a pas pu être lu ({error}).</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but it is empty.</source>
            <translation>{name} est endommagé : il devrait contenir un réseau entraîné enregistré par Keras (un fichier .keras, qui est une archive zip), mais il est vide.</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but its {size:,} bytes stop before the end of the archive (perhaps its saving was interrupted).</source>
            <translation>{name} est endommagé : il devrait contenir un réseau entraîné enregistré par Keras (un fichier .keras, qui est une archive zip), mais ses {size:,} octets s'arrêtent avant la fin de l'archive (son enregistrement a peut-être été interrompu).</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but it is not a zip archive ({size:,} bytes of something else).</source>
            <translation>{name} est endommagé : il devrait contenir un réseau entraîné enregistré par Keras (un fichier .keras, qui est une archive zip), mais ce n'est pas une archive zip ({size:,} octets d'autre chose).</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but its archive is broken ({error}).</source>
            <translation>{name} est endommagé : il devrait contenir un réseau entraîné enregistré par Keras (un fichier .keras, qui est une archive zip), mais son archive est abîmée ({error}).</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but it is a zip archive, but it holds no Keras network (no config.json in it).</source>
            <translation>{name} est endommagé : il devrait contenir un réseau entraîné enregistré par Keras (un fichier .keras, qui est une archive zip), mais cette archive zip ne contient aucun réseau Keras (pas de config.json dedans).</translation>
        </message>
        <message>
            <source>There is no trained network at {path}.</source>
            <translation>Il n'y a pas de réseau entraîné à l'emplacement {path}.</translation>
        </message>
    </context>
    <context>
        <name>NetworkAdvice</name>
        <message>
            <source>{first} and {second} have no activation between them.</source>
            <extracomment>Learning rates outside these (lowest, highest) are unusual for the optimizer. Weights per training example beyond which a network can memorise its examples. Datasets smaller than this are truth tables (XOR): memorising them is the point. Epochs from which training without validation is warned about. Hidden sigmoid or tanh layers from which the stack counts as deep. Weights from which a layer counts as very large. Dropout rates from this one on drop too much.</extracomment>
            <translation>{first} et {second} n'ont pas d'activation entre elles.</translation>
        </message>
        <message>
            <source>{layer} comes after the output layer ({output}).</source>
            <translation>{layer} vient après la couche de sortie ({output}).</translation>
        </message>
        <message>
            <source>{layer} gets a {shape} input, not a flat row of numbers.</source>
            <translation>{layer} reçoit une entrée de forme {shape}, pas une rangée plate de nombres.</translation>
        </message>
        <message>
            <source>{layer} starts every weight at {value}.</source>
            <translation>{layer} fait commencer chaque poids à {value}.</translation>
        </message>
        <message>
            <source>{layer} has {count:,} weights and biases.</source>
            <translation>{layer} a {count:,} poids et biais.</translation>
        </message>
        <message>
            <source>{layer} drops {rate:.0%} of its inputs at every step.</source>
            <translation>{layer} éteint {rate:.0%} de ses entrées à chaque pas.</translation>
        </message>
        <message numerus="yes">
            <source>%n hidden layer(s) use sigmoid or tanh, from {layer} on.</source>
            <translation>
                <numerusform>%n couche cachée utilise sigmoid ou tanh, à partir de {layer}.</numerusform>
                <numerusform>%n couches cachées utilisent sigmoid ou tanh, à partir de {layer}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The network has no hidden layer between the inputs and the output.</source>
            <translation>Le réseau n'a aucune couche cachée entre les entrées et la sortie.</translation>
        </message>
        <message>
            <source>A learning rate of {rate:g} is very large for {optimizer} (usually {low:g} to {high:g}).</source>
            <translation>Un taux d'apprentissage de {rate:g} est très grand pour {optimizer} (en général de {low:g} à {high:g}).</translation>
        </message>
        <message>
            <source>A learning rate of {rate:g} is very small for {optimizer} (usually {low:g} to {high:g}).</source>
            <translation>Un taux d'apprentissage de {rate:g} est très petit pour {optimizer} (en général de {low:g} à {high:g}).</translation>
        </message>
        <message>
            <source>The loss is {loss}, but a softmax output chooses between classes.</source>
            <translation>La perte est {loss}, mais une sortie softmax choisit entre des classes.</translation>
        </message>
        <message>
            <source>The digits' pixels go into the network as they are, from 0 to 255.</source>
            <translation>Les pixels des chiffres entrent dans le réseau tels quels, de 0 à 255.</translation>
        </message>
        <message>
            <source>The network has {weights:,} weights and biases to learn from {examples:,} training examples.</source>
            <translation>Le réseau a {weights:,} poids et biais à apprendre à partir de {examples:,} exemples d'entraînement.</translation>
        </message>
        <message numerus="yes">
            <source>%n epoch(s), and no examples held back for validation.</source>
            <translation>
                <numerusform>%n époque, et aucun exemple mis de côté pour la validation.</numerusform>
                <numerusform>%n époques, et aucun exemple mis de côté pour la validation.</numerusform>
            </translation>
        </message>
        <message>
            <source>A batch size of 1 means {steps:,} steps an epoch.</source>
            <translation>Une taille de lot de 1 donne {steps:,} pas par époque.</translation>
        </message>
    </context>
    <context>
        <name>NetworkAnalysis</name>
        <message>
            <source>{size:.1f} GB</source>
            <extracomment>"(None, 128)", or "?" while unknown. The numbers it outputs for one example (None while unknown). Bytes training needs for this layer at the batch size (None while unknown). Training steps in one epoch (None when the data is not known).</extracomment>
            <translation>{size:.1f} Go</translation>
        </message>
        <message>
            <source>{size:.1f} MB</source>
            <translation>{size:.1f} Mo</translation>
        </message>
        <message>
            <source>{size:.1f} kB</source>
            <translation>{size:.1f} ko</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n octet</numerusform>
                <numerusform>%n octets</numerusform>
            </translation>
        </message>
        <message>
            <source>Layer (type)</source>
            <extracomment>Seconds per training step (one batch), the compiling left out. Seconds from the start to the first finished step (building, compiling, data). Seconds an epoch's end costs beyond its steps (validation, bookkeeping), when the measurement saw one; 0 otherwise. The headings of the table the command line prints, like Keras's model.summary().</extracomment>
            <translation>Couche (type)</translation>
        </message>
        <message>
            <source>Output shape</source>
            <translation>Forme de sortie</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Sorties</translation>
        </message>
        <message>
            <source>Param #</source>
            <translation>Nb param.</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Mémoire</translation>
        </message>
        <message>
            <source>Total params: {params:,} (trainable: {trainable:,}); estimated memory for training in batches of {batch}: {memory} (weights, their gradients and {slots} per weight, and every output kept for the backward pass)</source>
            <translation>Paramètres au total : {params:,} (entraînables : {trainable:,}) ; mémoire estimée pour l'entraînement par lots de {batch} : {memory} (les poids, leurs gradients et {slots} par poids, plus chaque sortie gardée pour la rétropropagation)</translation>
        </message>
        <message numerus="yes">
            <source>%n optimizer number(s)</source>
            <translation>
                <numerusform>%n nombre de l'optimiseur</numerusform>
                <numerusform>%n nombres de l'optimiseur</numerusform>
            </translation>
        </message>
        <message>
            <source>Measured on this computer: {step} a step ({timed}), so about {epoch} an epoch of {steps} and {run} for all {epochs} (starting up, once per run: {start}).</source>
            <translation>Mesuré sur cet ordinateur : {step} par pas ({timed}), donc environ {epoch} par époque de {steps} et {run} pour l'ensemble des {epochs} (démarrage, une fois par essai : {start}).</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) timed</source>
            <translation>
                <numerusform>%n pas chronométré</numerusform>
                <numerusform>%n pas chronométrés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count:,} step(s)</source>
            <extracomment>{count:,} is the number with thousands separators.</extracomment>
            <translation>
                <numerusform>{count:,} pas</numerusform>
                <numerusform>{count:,} pas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n epoch(s)</source>
            <translation>
                <numerusform>%n époque</numerusform>
                <numerusform>%n époques</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NeuronArithmetic</name>
        <message>
            <source>no activation: the output is z = {output}</source>
            <extracomment>Layers whose neurons each add up weighted inputs, so their arithmetic can be shown. Layers that pass numbers on without weights (their neurons are the pixels or values). The layer's Keras name, which is its name in the project (``dense``, ``dense_1``...). Its Keras class: "Dense", "Flatten", "Conv2D"... Its activation's name ("relu", "softmax", "linear"), or None if it has none. What came out for the example (no batch axis). A Dense layer's weights (inputs, units) and biases (units,); None for other kinds. A Dense layer without biases gets zeros. The example as the network saw it (preprocessed, no batch axis). The layer's name and the neuron's index in it. What came into the neuron and the weight on each. The weighted sum, computed here from the numbers above. What the neuron put out, as the network computed it. For softmax: the whole layer's sums, since each probability needs all of them. Up to this many inputs the sum is written on one line; up to EVERY_TERM, a line per input.</extracomment>
            <translation>pas de fonction d'activation : la sortie est z = {output}</translation>
        </message>
        <message>
            <source>softmax: e^{z} divided by the sum of e^z over all {outputs} outputs = {value} (the network says {share:.1%})</source>
            <translation>softmax : e^{z} divisé par la somme des e^z sur les {outputs} sorties = {value} (le réseau dit {share:.1%})</translation>
        </message>
        <message>
            <source>z = each weight × its input, added up, plus the bias:</source>
            <translation>z = chaque poids × son entrée, le tout additionné, plus le biais :</translation>
        </message>
        <message>
            <source>z = the sum of {count} weights × their inputs, plus the bias</source>
            <translation>z = la somme de {count} poids × leurs entrées, plus le biais</translation>
        </message>
        <message>
            <source>the other {count} inputs together: {sum}</source>
            <translation>les {count} autres entrées ensemble : {sum}</translation>
        </message>
        <message>
            <source>bias: {bias}</source>
            <translation>biais : {bias}</translation>
        </message>
        <message>
            <source>pixel (row {row}, column {column})</source>
            <translation>pixel (ligne {row}, colonne {column})</translation>
        </message>
        <message>
            <source>the layer before neuron {number}</source>
            <translation>neurone {number} de la couche précédente</translation>
        </message>
        <message>
            <source>{layer} neuron {number}</source>
            <translation>neurone {number} de {layer}</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Drag a layer into the stack, or double-click it (or press Enter).</source>
            <extracomment>Where each entry keeps its kind name (group headings have none).</extracomment>
            <translation>Fais glisser une couche dans la pile, ou double-clique dessus (ou appuie sur Entrée).</translation>
        </message>
        <message>
            <source>Layer palette</source>
            <translation>Palette de couches</translation>
        </message>
        <message>
            <source>Layer kinds. Press Enter to insert the current one below the selected layer.</source>
            <translation>Les sortes de couches. Appuie sur Entrée pour insérer celle qui est en surbrillance sous la couche sélectionnée.</translation>
        </message>
    </context>
    <context>
        <name>Paths</name>
        <message>
            <source>a file</source>
            <extracomment>The longest folder or file name most file systems allow (255 bytes on Linux and macOS, 255 characters on Windows).</extracomment>
            <translation>un fichier</translation>
        </message>
        <message>
            <source>The path {path} is too long for this computer: expected each folder or file name in it to be at most {most} characters, found one of {found}.</source>
            <translation>Le chemin {path} est trop long pour cet ordinateur : chaque nom de dossier ou de fichier qu'il contient doit faire au plus {most} caractères, or l'un d'eux en fait {found}.</translation>
        </message>
        <message>
            <source>The path {path} is too long for this computer ({length} characters): expected a shorter one, found the error 'File name too long'.</source>
            <translation>Le chemin {path} est trop long pour cet ordinateur ({length} caractères) : il faut un chemin plus court ; erreur obtenue : 'File name too long'.</translation>
        </message>
        <message>
            <source>Could not use {path}: expected a file or folder that can be opened, found the error '{error}'.</source>
            <translation>Impossible d'utiliser {path} : il faut un fichier ou un dossier qu'on peut ouvrir ; erreur obtenue : '{error}'.</translation>
        </message>
    </context>
    <context>
        <name>PreprocessData</name>
        <message>
            <source>The preprocessing must be one of {methods}: found {method!r}.</source>
            <extracomment>The function for each name in ``catalog.PREPROCESSING``.</extracomment>
            <translation>Le prétraitement doit être une valeur parmi {methods} ; trouvé : {method!r}.</translation>
        </message>
        <message>
            <source>The labels run from {lowest} to {highest}: expected class numbers 0 to {last} for {classes} classes.</source>
            <translation>Les étiquettes vont de {lowest} à {highest} : il faut des numéros de classe de 0 à {last} pour {classes} classes.</translation>
        </message>
        <message>
            <source>A single output unit can only answer yes or no: expected 2 classes, found {classes}; give the last layer {classes} units instead.</source>
            <translation>Un seul neurone de sortie ne peut répondre que oui ou non : il faut 2 classes, or il y en a {classes} ; donne plutôt {classes} neurones à la dernière couche.</translation>
        </message>
    </context>
    <context>
        <name>ProblemList</name>
        <message>
            <source>Problems</source>
            <extracomment>Advice's dot: blue, neither the red of a problem nor the orange of a warning. A problem in a settings section ("compile", "data", "train") was activated.</extracomment>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>What stops the network from training, and advice; activate one to go where it is.</source>
            <translation>Ce qui empêche le réseau de s'entraîner, et des conseils ; active-en un pour aller là où il se trouve.</translation>
        </message>
        <message>
            <source>Advice: {message} {try_this}</source>
            <translation>Conseil : {message} {try_this}</translation>
        </message>
        <message>
            <source>{message}

Why: {why}

Try: {try_this}</source>
            <translation>{message}

Pourquoi : {why}

Essaie : {try_this}</translation>
        </message>
        <message numerus="yes">
            <source>No problems: the network can train. %n piece(s) of advice below.</source>
            <translation>
                <numerusform>Aucun problème : le réseau peut s'entraîner. %n conseil ci-dessous.</numerusform>
                <numerusform>Aucun problème : le réseau peut s'entraîner. %n conseils ci-dessous.</numerusform>
            </translation>
        </message>
        <message>
            <source>No problems: the network is ready to train.</source>
            <translation>Aucun problème : le réseau est prêt à s'entraîner.</translation>
        </message>
        <message>
            <source>{problems} and {warnings}. Click one to see where it is.</source>
            <translation>{problems} et {warnings}. Clique sur l'un d'eux pour voir où il se trouve.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before training</source>
            <translation>
                <numerusform>%n problème à corriger avant l'entraînement</numerusform>
                <numerusform>%n problèmes à corriger avant l'entraînement</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n avertissement</numerusform>
                <numerusform>%n avertissements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before training. Click one to see where it is.</source>
            <translation>
                <numerusform>%n problème à corriger avant l'entraînement. Clique dessus pour voir où il se trouve.</numerusform>
                <numerusform>%n problèmes à corriger avant l'entraînement. Clique sur l'un d'eux pour voir où il se trouve.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s). Click one to see where it is.</source>
            <translation>
                <numerusform>%n avertissement. Clique dessus pour voir où il se trouve.</numerusform>
                <numerusform>%n avertissements. Clique sur l'un d'eux pour voir où il se trouve.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectFile</name>
        <message>
            <source>the project file</source>
            <extracomment>MIGRATIONS[n] turns a file's dict at schema version n into one at version n + 1.</extracomment>
            <translation>le fichier de projet</translation>
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation>{source} : {problem}</translation>
        </message>
        <message>
            <source>Project files of schema version {version} can no longer be read by this nnstudio: expected version {oldest} or later, found {version}.</source>
            <translation>Les fichiers de projet de version de schéma {version} ne peuvent plus être lus par cette version de nnstudio : il faut la version {oldest} ou une plus récente, et celle-ci est la {version}.</translation>
        </message>
    </context>
    <context>
        <name>RestoreNetwork</name>
        <message>
            <source>{file} could not be read as a trained Keras network ({error}).</source>
            <extracomment>The test results recorded when it was trained.</extracomment>
            <translation>{file} n'a pas pu être lu comme un réseau Keras entraîné ({error}).</translation>
        </message>
        <message>
            <source>{file} takes inputs of shape {shape}, but the project's data has shape {data_shape}: it was trained on other data.</source>
            <translation>{file} prend des entrées de forme {shape}, mais les données du projet ont la forme {data_shape} : il a été entraîné sur d'autres données.</translation>
        </message>
    </context>
    <context>
        <name>Results</name>
        <message>
            <source>Train the network to see how it does on the test data.</source>
            <extracomment>The gallery shows at most this many examples; the title says how many more there are. Each digit in the gallery is drawn this many screen pixels per pixel. Table rows show at most this many numbers of their inputs.</extracomment>
            <translation>Entraîne le réseau pour voir comment il s'en sort sur les données de test.</translation>
        </message>
        <message>
            <source>Test accuracy</source>
            <extracomment>A test example was double-clicked (or chosen with Enter) in the gallery: its index in the test set. The test-set indices the gallery shows, in order.</extracomment>
            <translation>Précision de test</translation>
        </message>
        <message>
            <source>Confusion matrix</source>
            <translation>Matrice de confusion</translation>
        </message>
        <message>
            <source>Train the network to see how it does on the test data</source>
            <translation>Entraîne le réseau pour voir comment il s'en sort sur les données de test</translation>
        </message>
        <message>
            <source>Rows are the true classes, columns what the network answered.</source>
            <translation>Les lignes sont les vraies classes, les colonnes ce que le réseau a répondu.</translation>
        </message>
        <message>
            <source>Most confident first</source>
            <extracomment>Which examples the gallery lists: every mistake (None) or a cell (true, predicted).</extracomment>
            <translation>Les plus sûrs d'abord</translation>
        </message>
        <message>
            <source>Least confident first</source>
            <translation>Les moins sûrs d'abord</translation>
        </message>
        <message>
            <source>The examples in the order of how sure the network was of its answer: the most confident first (a confident mistake is the strangest), or the least confident first (where it hesitated).</source>
            <translation>Les exemples rangés selon l'assurance du réseau dans sa réponse : les plus sûrs d'abord (une erreur commise avec assurance est la plus étrange), ou les moins sûrs d'abord (là où il a hésité).</translation>
        </message>
        <message>
            <source>Order of the examples</source>
            <translation>Ordre des exemples</translation>
        </message>
        <message>
            <source>Show all mistakes</source>
            <translation>Afficher toutes les erreurs</translation>
        </message>
        <message>
            <source>Show the wrongly answered test examples again.</source>
            <translation>Afficher à nouveau les exemples de test où le réseau s'est trompé.</translation>
        </message>
        <message>
            <source>Show the next examples in the list below.</source>
            <extracomment>The gallery shows at most GALLERY_LIMIT examples at a time; this shows the next ones.</extracomment>
            <translation>Afficher les exemples suivants dans la liste ci-dessous.</translation>
        </message>
        <message>
            <source>Show more examples</source>
            <translation>Afficher plus d'exemples</translation>
        </message>
        <message>
            <source>Test examples</source>
            <translation>Exemples de test</translation>
        </message>
        <message>
            <source>The test examples of the chosen cell; activate one to follow it inside the network</source>
            <translation>Les exemples de test de la case choisie ; active-en un pour le suivre dans le réseau</translation>
        </message>
        <message>
            <source>Columns: what the network answered (predicted) →</source>
            <translation>Colonnes : ce que le réseau a répondu (prédit) →</translation>
        </message>
        <message>
            <source>Test accuracy {accuracy:.2%} — {right:,} of {total:,} test digits right</source>
            <translation>Précision de test {accuracy:.2%} — {right:,} chiffres de test justes sur {total:,}</translation>
        </message>
        <message>
            <source>Test accuracy {accuracy:.2%} — {right:,} of {total:,} test pictures right</source>
            <translation>Précision de test {accuracy:.2%} — {right:,} images de test justes sur {total:,}</translation>
        </message>
        <message>
            <source>Test accuracy {accuracy:.2%} — {right:,} of {total:,} test rows right</source>
            <translation>Précision de test {accuracy:.2%} — {right:,} lignes de test justes sur {total:,}</translation>
        </message>
        <message>
            <source>Test loss {loss:.4g} (lower is better). Keras measured it on the same test data.</source>
            <translation>Perte de test {loss:.4g} (plus c'est bas, mieux c'est). Keras l'a mesurée sur les mêmes données de test.</translation>
        </message>
        <message>
            <source>Each row is a true digit; each column is what the network answered. The diagonal is right. Click a cell to see those test examples.</source>
            <translation>Chaque ligne est un vrai chiffre ; chaque colonne est ce que le réseau a répondu. La diagonale est juste. Clique sur une case pour voir ces exemples de test.</translation>
        </message>
        <message>
            <source>Each row is a true class; each column is what the network answered. The diagonal is right. Click a cell to see those test examples.</source>
            <translation>Chaque ligne est une vraie classe ; chaque colonne est ce que le réseau a répondu. La diagonale est juste. Clique sur une case pour voir ces exemples de test.</translation>
        </message>
        <message>
            <source>It got every one of the {total:,} test digits right.</source>
            <translation>Il a réussi chacun des {total:,} chiffres de test.</translation>
        </message>
        <message>
            <source>It got every one of the {total:,} test pictures right.</source>
            <translation>Il a réussi chacune des {total:,} images de test.</translation>
        </message>
        <message>
            <source>It got every one of the {total:,} test rows right.</source>
            <translation>Il a réussi chacune des {total:,} lignes de test.</translation>
        </message>
        <message>
            <source>The one test digit it got wrong</source>
            <translation>Le seul chiffre de test qu'il a raté</translation>
        </message>
        <message>
            <source>The one test picture it got wrong</source>
            <translation>La seule image de test qu'il a ratée</translation>
        </message>
        <message>
            <source>The one test row it got wrong</source>
            <translation>La seule ligne de test qu'il a ratée</translation>
        </message>
        <message>
            <source>The {count:,} test digits it got wrong, the most confident mistakes first</source>
            <translation>Les {count:,} chiffres de test qu'il a ratés, les erreurs les plus sûres d'abord</translation>
        </message>
        <message>
            <source>The {count:,} test pictures it got wrong, the most confident mistakes first</source>
            <translation>Les {count:,} images de test qu'il a ratées, les erreurs les plus sûres d'abord</translation>
        </message>
        <message>
            <source>The {count:,} test rows it got wrong, the most confident mistakes first</source>
            <translation>Les {count:,} lignes de test qu'il a ratées, les erreurs les plus sûres d'abord</translation>
        </message>
        <message>
            <source>The {count:,} test digits it got wrong, the least confident mistakes first</source>
            <translation>Les {count:,} chiffres de test qu'il a ratés, les erreurs les moins sûres d'abord</translation>
        </message>
        <message>
            <source>The {count:,} test pictures it got wrong, the least confident mistakes first</source>
            <translation>Les {count:,} images de test qu'il a ratées, les erreurs les moins sûres d'abord</translation>
        </message>
        <message>
            <source>The {count:,} test rows it got wrong, the least confident mistakes first</source>
            <translation>Les {count:,} lignes de test qu'il a ratées, les erreurs les moins sûres d'abord</translation>
        </message>
        <message>
            <source>True {true}, answered {answered} (right): no examples</source>
            <translation>Vrai {true}, répondu {answered} (juste) : aucun exemple</translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered} (right): {count:,} example(s)</source>
            <translation>
                <numerusform>Vrai {true}, répondu {answered} (juste) : {count:,} exemple</numerusform>
                <numerusform>Vrai {true}, répondu {answered} (juste) : {count:,} exemples</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered} (right): {count:,} example(s), the most confident first</source>
            <translation>
                <numerusform>Vrai {true}, répondu {answered} (juste) : {count:,} exemple, les plus sûrs d'abord</numerusform>
                <numerusform>Vrai {true}, répondu {answered} (juste) : {count:,} exemples, les plus sûrs d'abord</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered} (right): {count:,} example(s), the least confident first</source>
            <translation>
                <numerusform>Vrai {true}, répondu {answered} (juste) : {count:,} exemple, les moins sûrs d'abord</numerusform>
                <numerusform>Vrai {true}, répondu {answered} (juste) : {count:,} exemples, les moins sûrs d'abord</numerusform>
            </translation>
        </message>
        <message>
            <source>True {true}, answered {answered}: no examples</source>
            <translation>Vrai {true}, répondu {answered} : aucun exemple</translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered}: {count:,} example(s)</source>
            <translation>
                <numerusform>Vrai {true}, répondu {answered} : {count:,} exemple</numerusform>
                <numerusform>Vrai {true}, répondu {answered} : {count:,} exemples</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered}: {count:,} example(s), the most confident first</source>
            <translation>
                <numerusform>Vrai {true}, répondu {answered} : {count:,} exemple, les plus sûrs d'abord</numerusform>
                <numerusform>Vrai {true}, répondu {answered} : {count:,} exemples, les plus sûrs d'abord</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered}: {count:,} example(s), the least confident first</source>
            <translation>
                <numerusform>Vrai {true}, répondu {answered} : {count:,} exemple, les moins sûrs d'abord</numerusform>
                <numerusform>Vrai {true}, répondu {answered} : {count:,} exemples, les moins sûrs d'abord</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} (the first {shown:,} shown; {more:,} more not shown)</source>
            <translation>{title} ({shown:,} premiers affichés ; {more:,} autres non affichés)</translation>
        </message>
        <message>
            <source>Show {count:,} more</source>
            <translation>Afficher {count:,} de plus</translation>
        </message>
        <message>
            <source>Test example {index:,}: the network answered {answer} ({sure} sure); the right answer is {true}.</source>
            <translation>Exemple de test {index:,} : le réseau a répondu {answer} (sûr à {sure}) ; la bonne réponse est {true}.</translation>
        </message>
        <message>
            <source>x = {inputs} → answered {answer} ({sure}), true {true}</source>
            <translation>x = {inputs} → répondu {answer} ({sure}), vrai {true}</translation>
        </message>
        <message>
            <source>answered {answer} ({sure})
true {true}</source>
            <translation>répondu {answer} ({sure})
vrai {true}</translation>
        </message>
        <message numerus="yes">
            <source>{values}, … %n number(s)</source>
            <translation>
                <numerusform>{values}, … %n nombre</numerusform>
                <numerusform>{values}, … %n nombres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsPanels</name>
        <message>
            <source>Loss</source>
            <translation>Perte</translation>
        </message>
        <message>
            <source>The loss measures how wrong the network's answers are; training changes the weights to make it smaller.</source>
            <translation>La perte mesure à quel point les réponses du réseau sont fausses ; l'entraînement modifie les poids pour la faire baisser.</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>Optimiseur</translation>
        </message>
        <message>
            <source>The optimizer decides how the weights change after each batch to lower the loss.</source>
            <translation>L'optimiseur décide comment les poids changent après chaque lot pour faire baisser la perte.</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Jeu de données</translation>
        </message>
        <message>
            <source>The examples the network learns from, and tests on.</source>
            <translation>Les exemples sur lesquels le réseau apprend, puis est testé.</translation>
        </message>
        <message>
            <source>Preprocessing</source>
            <translation>Prétraitement</translation>
        </message>
        <message>
            <source>How the numbers are rescaled before training; networks learn best from small numbers.</source>
            <translation>Comment les nombres sont remis à l'échelle avant l'entraînement ; les réseaux apprennent mieux avec de petits nombres.</translation>
        </message>
        <message>
            <source>Extra scores reported while training and testing; they do not change how the network learns.</source>
            <translation>Scores supplémentaires affichés pendant l'entraînement et le test ; ils ne changent pas la façon dont le réseau apprend.</translation>
        </message>
        <message>
            <source>Optional: an MNIST .npz file, or a folder holding the four MNIST IDX files. Empty uses the copy that comes with nnstudio.</source>
            <translation>Facultatif : un fichier MNIST .npz, ou un dossier contenant les quatre fichiers IDX de MNIST. Vide : la copie fournie avec nnstudio est utilisée.</translation>
        </message>
        <message>
            <source>A CSV file: a header row naming the columns, then one example per row.</source>
            <translation>Un fichier CSV : une ligne d'en-tête qui nomme les colonnes, puis un exemple par ligne.</translation>
        </message>
        <message>
            <source>empty: nnstudio's own copy</source>
            <translation>vide : la copie de nnstudio</translation>
        </message>
        <message>
            <source>choose a .csv file</source>
            <translation>choisir un fichier .csv</translation>
        </message>
        <message>
            <source>The column that holds each row's answer (its class); all the other columns are the features the network reads.</source>
            <translation>La colonne qui contient la réponse de chaque ligne (sa classe) ; toutes les autres colonnes sont les caractéristiques que le réseau lit.</translation>
        </message>
        <message>
            <source>Locked in this step: {reason}</source>
            <extracomment>The field of each setting, by the name validation problems use. Problems of this section that belong to no field shown here.</extracomment>
            <translation>Verrouillé à cette étape : {reason}</translation>
        </message>
        <message>
            <source>Metrics</source>
            <extracomment>The fields of the current optimizer's settings, by name.</extracomment>
            <translation>Métriques</translation>
        </message>
        <message>
            <source>{metric} (not known)</source>
            <translation>{metric} (inconnue)</translation>
        </message>
        <message>
            <source>Settings of {optimizer}:</source>
            <translation>Réglages de {optimizer} :</translation>
        </message>
        <message>
            <source>Where the data comes from</source>
            <translation>D'où viennent les données</translation>
        </message>
        <message>
            <source>File</source>
            <extracomment>The columns of the chosen CSV file, and why the chosen file cannot be used.</extracomment>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>Choose the file on this computer.</source>
            <translation>Choisir le fichier sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>Dossier…</translation>
        </message>
        <message>
            <source>Choose a folder holding the four MNIST IDX files.</source>
            <translation>Choisir un dossier contenant les quatre fichiers IDX de MNIST.</translation>
        </message>
        <message>
            <source>Choose an MNIST file</source>
            <translation>Choisir un fichier MNIST</translation>
        </message>
        <message>
            <source>MNIST files (*.npz *-ubyte *.gz);;All files (*)</source>
            <translation>Fichiers MNIST (*.npz *-ubyte *.gz);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>Choisir un fichier CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Choose a folder of MNIST IDX files</source>
            <translation>Choisir un dossier de fichiers IDX MNIST</translation>
        </message>
        <message>
            <source>Label column</source>
            <translation>Colonne d'étiquette</translation>
        </message>
        <message>
            <source>Choose the label column…</source>
            <translation>Choisir la colonne d'étiquette…</translation>
        </message>
        <message>
            <source>Choose a readable CSV file first</source>
            <translation>Choisis d'abord un fichier CSV lisible</translation>
        </message>
        <message>
            <source>{column} (not in the file)</source>
            <translation>{column} (absente du fichier)</translation>
        </message>
        <message>
            <source>File (optional)</source>
            <translation>Fichier (facultatif)</translation>
        </message>
        <message>
            <source>The data could not be read: {error}</source>
            <translation>Les données n'ont pas pu être lues : {error}</translation>
        </message>
    </context>
    <context>
        <name>Shapes</name>
        <message>
            <source>its kernel of {window}x{window} is bigger than the {height}x{width} picture it receives. Expected a kernel of at most {most}, or padding 'same'.</source>
            <extracomment>These sentences follow a layer's title and a colon, so they start in lower case: "Layer 3 (Conv2D): its kernel of 5x5 ...".</extracomment>
            <translation>son noyau de {window}x{window} est plus grand que l'image de {height}x{width} qu'elle reçoit. Il faut un noyau d'au plus {most}, ou le remplissage 'same'.</translation>
        </message>
        <message>
            <source>its pool size of {window}x{window} is bigger than the {height}x{width} picture it receives. Expected a pool size of at most {most}, or padding 'same'.</source>
            <translation>sa taille de fenêtre de {window}x{window} est plus grande que l'image de {height}x{width} qu'elle reçoit. Il faut une taille de fenêtre d'au plus {most}, ou le remplissage 'same'.</translation>
        </message>
        <message>
            <source>Put a Reshape layer to {shape} before it.</source>
            <translation>Place avant elle une couche Reshape vers {shape}.</translation>
        </message>
        <message>
            <source>Put a Reshape layer before it that joins the last two axes.</source>
            <translation>Place avant elle une couche Reshape qui fusionne les deux derniers axes.</translation>
        </message>
        <message numerus="yes">
            <source>it needs {words}, that is %n number(s) per shape. Received: {shape}.</source>
            <extracomment>(settings, input shape) -&gt; output shape; raises ShapeError when the input does not fit. (settings, input shape) -&gt; (all weights and biases, those that training changes). Keyed by ``LayerKind.shape_rule`` in the catalog. Keyed by ``LayerKind.count_rule`` in the catalog.</extracomment>
            <translation>
                <numerusform>il lui faut {words}, soit %n nombre par forme. Reçu : {shape}.</numerusform>
                <numerusform>il lui faut {words}, soit %n nombres par forme. Reçu : {shape}.</numerusform>
            </translation>
        </message>
        <message>
            <source>nnstudio does not know how to connect a {kind} layer.</source>
            <translation>nnstudio ne sait pas comment connecter une couche {kind}.</translation>
        </message>
        <message numerus="yes">
            <source>its target shape {target} cannot hold the %n number(s) it receives from {shape}.</source>
            <translation>
                <numerusform>sa forme cible {target} ne peut pas contenir le %n nombre qu'elle reçoit de {shape}.</numerusform>
                <numerusform>sa forme cible {target} ne peut pas contenir les %n nombres qu'elle reçoit de {shape}.</numerusform>
            </translation>
        </message>
        <message>
            <source>its target shape {target} holds {numbers}, but it receives {size} ({shape}). Expected shapes whose sizes multiply to {size}.</source>
            <translation>sa forme cible {target} contient {numbers}, mais elle en reçoit {size} ({shape}). Il faut des formes dont les tailles, multipliées entre elles, donnent {size}.</translation>
        </message>
        <message numerus="yes">
            <source>%n number(s)</source>
            <translation>
                <numerusform>%n nombre</numerusform>
                <numerusform>%n nombres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShippedFiles</name>
        <message>
            <source>The file {name} that comes with nnstudio is missing: expected it in one of {places}, found it in none (reinstalling nnstudio brings it back).</source>
            <translation>Le fichier {name} fourni avec nnstudio est introuvable : il devrait se trouver dans l'un de ces emplacements : {places}, mais il n'est dans aucun (réinstaller nnstudio le remettra en place).</translation>
        </message>
    </context>
    <context>
        <name>ShowMe</name>
        <message>
            <source>expected "insert" to be a layer with a known "kind". Received: {value}.</source>
            <translation>"insert" doit être une couche avec un "kind" connu. Reçu : {value}.</translation>
        </message>
        <message>
            <source>the layer to insert is wrong: {problem}.</source>
            <translation>la couche à insérer est incorrecte : {problem}.</translation>
        </message>
        <message>
            <source>expected "at" to be a layer number from 1. Received: {value}.</source>
            <translation>"at" doit être un numéro de couche à partir de 1. Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected "remove" to be a layer number from 1. Received: {value}.</source>
            <translation>"remove" doit être un numéro de couche à partir de 1. Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected "do" to be one of: {actions}. Received: {value}.</source>
            <translation>"do" doit valoir l'une de ces valeurs : {actions}. Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected an action with "insert" (and "at"), "remove", "set" and "to", or "do". Received: {value}.</source>
            <translation>il faut une action avec "insert" (et "at"), "remove", "set" et "to", ou "do". Reçu : {value}.</translation>
        </message>
        <message>
            <source>expected "set" to name a setting: layers.N.setting, compile.loss, compile.optimizer, optimizer.setting, data.setting or train.setting. Received: {value}.</source>
            <translation>"set" doit nommer un réglage : layers.N.setting, compile.loss, compile.optimizer, optimizer.setting, data.setting ou train.setting. Reçu : {value}.</translation>
        </message>
        <message>
            <source>Insert a {kind} layer as layer {number}.</source>
            <translation>Insère une couche {kind} en position {number}.</translation>
        </message>
        <message>
            <source>Insert a {kind} layer at the end.</source>
            <translation>Insère une couche {kind} à la fin.</translation>
        </message>
        <message>
            <source>Remove layer {number}.</source>
            <translation>Supprime la couche {number}.</translation>
        </message>
        <message>
            <source>Set {setting} to {value}.</source>
            <translation>Règle {setting} sur {value}.</translation>
        </message>
    </context>
    <context>
        <name>Spec</name>
        <message>
            <source>training run {number}</source>
            <extracomment>Empty means "name it automatically" (dense, dense_1, ...). A file or folder chosen by the user: an MNIST .npz or IDX folder, or a CSV file. For CSV files: the name of the column that holds the label. For CSV files: leave out rows with a missing value instead of refusing the file. When it ended, as an ISO 8601 date and time. "completed", "stopped", "nan" or "error". Loss and metrics on the test data. Per-epoch loss and metrics, as Keras's ``History.history``. The trained model saved beside the project (a .keras file name), if it was. The settings it trained with (``nnstudio.core.compare.settings_of``): layers, compile, data and training. None for a run kept by an nnstudio that did not record them. Its replay saved beside the project (a .replay.npz file name), if it was. Phrases like this one name a part of a project file; they are put into sentences such as "Expected {what} to be text. Received: {received}."</extracomment>
            <translation>l'essai {number}</translation>
        </message>
        <message>
            <source>training run {number}'s time</source>
            <translation>le temps de l'essai {number}</translation>
        </message>
        <message>
            <source>training run {number}'s reason</source>
            <translation>la raison de fin de l'essai {number}</translation>
        </message>
        <message>
            <source>training run {number}'s message</source>
            <translation>le message de l'essai {number}</translation>
        </message>
        <message>
            <source>training run {number}'s model file</source>
            <translation>le fichier de modèle de l'essai {number}</translation>
        </message>
        <message>
            <source>training run {number}'s replay file</source>
            <translation>le fichier de relecture de l'essai {number}</translation>
        </message>
        <message>
            <source>training run {number}: expected 'epochs_done' to be a whole number. Received: {received}.</source>
            <translation>essai {number} : il faut un nombre entier pour 'epochs_done'. Reçu : {received}.</translation>
        </message>
        <message>
            <source>training run {number}: expected 'train_seconds' to be a number. Received: {received}.</source>
            <translation>essai {number} : il faut un nombre pour 'train_seconds'. Reçu : {received}.</translation>
        </message>
        <message>
            <source>training run {number}'s settings</source>
            <translation>les réglages de l'essai {number}</translation>
        </message>
        <message>
            <source>training run {number}'s test results</source>
            <translation>les résultats de test de l'essai {number}</translation>
        </message>
        <message>
            <source>training run {number}'s test {key}</source>
            <translation>la valeur de test {key} de l'essai {number}</translation>
        </message>
        <message>
            <source>training run {number}'s history</source>
            <translation>l'historique de l'essai {number}</translation>
        </message>
        <message>
            <source>training run {number}: expected the history of {key} to be a list of numbers. Received: {received}.</source>
            <translation>essai {number} : il faut une liste de nombres pour l'historique de {key}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>training run {number}'s {key}</source>
            <translation>la valeur {key} de l'essai {number}</translation>
        </message>
        <message>
            <source>the lesson progress</source>
            <extracomment>A project keeps the history of this many of its latest runs. The lesson's id (``nnstudio.lessons``), and its title for anyone reading the file. The step the student is on (counted from 0) and whether they reached the end. Per step: hints shown, runs finished (attempts), and whether its goal held when the student went on. Per prediction id: {"answer", "step", "before", "outcome"}. What the student did during the current step ("train", "results"...), and during the whole lesson (what a grade looks at). When the lesson began (ISO 8601) and the seconds spent on it with the window open. A teacher's lesson, as its file held it, so the project opens it without the file; None for a built-in one.</extracomment>
            <translation>la progression dans la leçon</translation>
        </message>
        <message>
            <source>the lesson progress has an unknown entry. Expected some of: {names}. Received: {received}.</source>
            <translation>La progression dans la leçon contient une entrée inconnue. Entrées possibles : {names}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>the lesson progress's lesson</source>
            <translation>la leçon indiquée dans la progression</translation>
        </message>
        <message>
            <source>the lesson progress's title</source>
            <translation>le titre de la progression dans la leçon</translation>
        </message>
        <message>
            <source>the lesson progress's start</source>
            <translation>le début de la progression dans la leçon</translation>
        </message>
        <message>
            <source>the lesson progress's step</source>
            <translation>l'étape de la progression dans la leçon</translation>
        </message>
        <message>
            <source>the lesson progress's time</source>
            <translation>le temps de la progression dans la leçon</translation>
        </message>
        <message>
            <source>the lesson progress's hints</source>
            <translation>les indices de la progression dans la leçon</translation>
        </message>
        <message>
            <source>the lesson progress's attempts</source>
            <translation>les tentatives de la progression dans la leçon</translation>
        </message>
        <message>
            <source>Expected {what} to be a list. Received: {received}.</source>
            <translation>Il faut une liste pour {what}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>Expected the lesson progress's done steps to be a list of true/false. Received: {received}.</source>
            <translation>Il faut une liste de vrai/faux pour les étapes faites de la progression dans la leçon. Reçu : {received}.</translation>
        </message>
        <message>
            <source>the lesson progress's predictions</source>
            <translation>les prédictions de la progression dans la leçon</translation>
        </message>
        <message>
            <source>the lesson progress's prediction {key}</source>
            <translation>la prédiction {key} de la progression dans la leçon</translation>
        </message>
        <message>
            <source>Expected the lesson progress's actions to be a list of names. Received: {received}.</source>
            <translation>Il faut une liste de noms pour les actions de la progression dans la leçon. Reçu : {received}.</translation>
        </message>
        <message>
            <source>the project</source>
            <extracomment>The template this project started from, if any. Its latest training runs, oldest first (at most :data:`MAX_RUNS`). The lesson it belongs to and the student's progress in it, if any.</extracomment>
            <translation>le projet</translation>
        </message>
        <message>
            <source>the project's name</source>
            <translation>le nom du projet</translation>
        </message>
        <message>
            <source>the project's description</source>
            <translation>la description du projet</translation>
        </message>
        <message>
            <source>the project's template</source>
            <translation>le modèle de départ du projet</translation>
        </message>
        <message>
            <source>Expected 'layers' to be a list of layers. Received: {received}.</source>
            <translation>Il faut une liste de couches pour 'layers'. Reçu : {received}.</translation>
        </message>
        <message>
            <source>Expected 'runs' to be a list of training runs. Received: {received}.</source>
            <translation>Il faut une liste d'essais d'entraînement pour 'runs'. Reçu : {received}.</translation>
        </message>
        <message>
            <source>Expected {what} to be a number. Received: {received}.</source>
            <translation>Il faut un nombre pour {what}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>Expected {what} to be a number no larger than about 1.8e308. Received: a whole number of {digits} digits.</source>
            <translation>Il faut un nombre qui ne dépasse pas environ 1.8e308 pour {what}. Reçu : un nombre entier de {digits} chiffres.</translation>
        </message>
        <message>
            <source>Expected {what} to be a whole number from 0. Received: {received}.</source>
            <translation>Il faut un nombre entier à partir de 0 pour {what}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>un objet</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>une liste</translation>
        </message>
        <message>
            <source>text</source>
            <translation>du texte</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>vrai/faux</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <source>nothing (null)</source>
            <translation>rien (null)</translation>
        </message>
        <message>
            <source>Expected {what} to be an object. Received: {received}.</source>
            <translation>Il faut un objet pour {what}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>Expected {what} to be text. Received: {received}.</source>
            <extracomment>{what}: a part of the file ("the project's name"); {received}: what the file holds, such as "a number (3)".</extracomment>
            <translation>Il faut du texte pour {what}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>layer {number}</source>
            <translation>la couche {number}</translation>
        </message>
        <message>
            <source>Layer {number} has an unknown kind. Expected one of: {known}. Received: {received}.</source>
            <translation>La couche {number} est d'une sorte inconnue. Sortes possibles : {known}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>the settings of layer {number} ({kind})</source>
            <translation>les réglages de la couche {number} ({kind})</translation>
        </message>
        <message>
            <source>Layer {number} ({kind}) has an unknown setting. Expected one of its settings: {settings}. Received: {received}.</source>
            <translation>La couche {number} ({kind}) a un réglage inconnu. Réglages possibles : {settings}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no settings</comment>
            <translation>aucun</translation>
        </message>
        <message>
            <source>the name of layer {number}</source>
            <translation>le nom de la couche {number}</translation>
        </message>
        <message>
            <source>the compile settings</source>
            <translation>les réglages de compilation</translation>
        </message>
        <message>
            <source>the loss</source>
            <translation>la perte</translation>
        </message>
        <message>
            <source>the optimizer</source>
            <translation>l'optimiseur</translation>
        </message>
        <message>
            <source>the optimizer's settings</source>
            <translation>les réglages de l'optimiseur</translation>
        </message>
        <message>
            <source>The optimizer {optimizer} has an unknown setting. Expected one of its settings: {settings}. Received: {received}.</source>
            <translation>L'optimiseur {optimizer} a un réglage inconnu. Réglages possibles : {settings}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>Expected the metrics to be a list of names. Received: {received}.</source>
            <translation>Il faut une liste de noms pour les métriques. Reçu : {received}.</translation>
        </message>
        <message>
            <source>the {section} settings</source>
            <extracomment>{section} is the key of the settings in the file: data or train (not translated).</extracomment>
            <translation>les réglages {section}</translation>
        </message>
        <message>
            <source>The {section} settings have an unknown entry. Expected some of: {names}. Received: {received}.</source>
            <translation>Les réglages {section} contiennent une entrée inconnue. Entrées possibles : {names}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>Expected the {section} setting {key} to be text. Received: {received}.</source>
            <translation>Il faut du texte pour le réglage {key} (section {section}). Reçu : {received}.</translation>
        </message>
    </context>
    <context>
        <name>StackModel</name>
        <message numerus="yes">
            <source>{count} param(s)</source>
            <extracomment>A layer kind dragged from the palette; the payload is the kind's name in UTF-8. A row dragged within (or between) stacks; the payload is JSON (see ``mimeData``). The layer's Keras name: its own, or the automatic one (dense, dense_1, ...). Its key settings in words ("128 units, ReLU"). Its output shape as Keras prints it ("(None, 128)"), or "" while unknown. Its number of weights and biases (int), or None while unknown. "error", "warning" or "" for the worst problem that points at this layer. The messages of the problems that point at this layer, without the "Layer 3 (...)" part.</extracomment>
            <translation>
                <numerusform>{count} param.</numerusform>
                <numerusform>{count} param.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Error:&lt;/b&gt; {message}</source>
            <extracomment>Tells this model's own row drags from those of another window.</extracomment>
            <translation>&lt;b&gt;Erreur :&lt;/b&gt; {message}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Warning:&lt;/b&gt; {message}</source>
            <translation>&lt;b&gt;Avertissement :&lt;/b&gt; {message}</translation>
        </message>
        <message>
            <source>Layer {number}: {kind} {name}</source>
            <translation>Couche {number} : {kind} {name}</translation>
        </message>
        <message>
            <source>output {shape}</source>
            <translation>sortie {shape}</translation>
        </message>
        <message>
            <source>{count} parameters</source>
            <translation>{count} paramètres</translation>
        </message>
    </context>
    <context>
        <name>StudentSession</name>
        <message>
            <source>never reached 100%</source>
            <translation>n'a jamais atteint 100 %</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>non mesuré</translation>
        </message>
        <message>
            <source>{percent:.1f}%</source>
            <translation>{percent:.1f} %</translation>
        </message>
        <message>
            <source>epoch {number:.0f}</source>
            <translation>époque {number:.0f}</translation>
        </message>
        <message>
            <source>{seconds:.1f} s</source>
            <translation>{seconds:.1f} s</translation>
        </message>
        <message>
            <source>This step asks no question.</source>
            <extracomment>True or False when the lesson says which choice was right; None otherwise.</extracomment>
            <translation>Cette étape ne pose pas de question.</translation>
        </message>
        <message>
            <source>Expected one of: {choices}.</source>
            <translation>Il faut une réponse parmi : {choices}.</translation>
        </message>
        <message>
            <source>Expected a number, found {answer}.</source>
            <translation>Il faut un nombre ; trouvé : {answer}.</translation>
        </message>
        <message>
            <source>Expected a number from {low:g} to {high:g}, found {number:g}.</source>
            <translation>Il faut un nombre de {low:g} à {high:g} ; trouvé : {number:g}.</translation>
        </message>
        <message>
            <source>Expected a usable number, found {number:g}.</source>
            <translation>Il faut un nombre utilisable ; trouvé : {number:g}.</translation>
        </message>
        <message>
            <source>no run finished after it</source>
            <translation>aucun essai terminé ensuite</translation>
        </message>
        <message>
            <source>{outcome}: {value}</source>
            <translation>{outcome} : {value}</translation>
        </message>
        <message>
            <source>{happened} (the run it is compared with: {before})</source>
            <translation>{happened} (essai de comparaison : {before})</translation>
        </message>
        <message>
            <source>{happened} (the run before: {before})</source>
            <translation>{happened} (l'essai d'avant : {before})</translation>
        </message>
        <message>
            <source>Steps done: {done} of {steps}.</source>
            <translation>Étapes faites : {done} sur {steps}.</translation>
        </message>
        <message>
            <source>Hints used: {hints}.</source>
            <translation>Indices utilisés : {hints}.</translation>
        </message>
        <message>
            <source>Training runs: {runs}.</source>
            <translation>Essais d'entraînement : {runs}.</translation>
        </message>
        <message>
            <source>Time: {time}.</source>
            <translation>Temps : {time}.</translation>
        </message>
        <message>
            <source>You predicted “{answer}” for “{question}”: {happened}.</source>
            <translation>Tu avais prédit « {answer} » pour « {question} » : {happened}.</translation>
        </message>
        <message>
            <source>You predicted “{answer}” for “{question}”: {happened}. Right!</source>
            <translation>Tu avais prédit « {answer} » pour « {question} » : {happened}. Bien vu !</translation>
        </message>
        <message>
            <source>You predicted “{answer}” for “{question}”: {happened}. Not this time.</source>
            <translation>Tu avais prédit « {answer} » pour « {question} » : {happened}. Pas cette fois.</translation>
        </message>
        <message>
            <source>{seconds:.0f} s</source>
            <translation>{seconds:.0f} s</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{hours} h {minutes:02d} min</source>
            <translation>{hours} h {minutes:02d} min</translation>
        </message>
    </context>
    <context>
        <name>Style</name>
        <message>
            <source>&lt;1%</source>
            <extracomment>An error: text, the problem bar, a diagram column that cannot be built. A warning's dot and bar (orange). Warning text: darker than the dot so that a sentence stays readable on white. The same meanings on a dark background.</extracomment>
            <translation>&lt;1 %</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
    </context>
    <context>
        <name>Summaries</name>
        <message>
            <source>steady</source>
            <extracomment>The validation loss must have risen this many epochs in a row to speak of memorising. How a curve went in the last epoch.</extracomment>
            <translation>stable</translation>
        </message>
        <message>
            <source>rising</source>
            <translation>en hausse</translation>
        </message>
        <message>
            <source>falling</source>
            <translation>en baisse</translation>
        </message>
        <message>
            <source>No epoch has finished yet.</source>
            <translation>Aucune époque n'est encore terminée.</translation>
        </message>
        <message>
            <source>validation {metric}</source>
            <translation>{metric} de validation</translation>
        </message>
        <message>
            <source>{metric} {value} ({trend})</source>
            <translation>{metric} {value} ({trend})</translation>
        </message>
        <message>
            <source>{metric} {value}</source>
            <translation>{metric} {value}</translation>
        </message>
        <message>
            <source>After epoch {done} of {epochs}: {values}.</source>
            <translation>Après l'époque {done} sur {epochs} : {values}.</translation>
        </message>
        <message>
            <source>After epoch {done}: {values}.</source>
            <translation>Après l'époque {done} : {values}.</translation>
        </message>
        <message numerus="yes">
            <source>The validation loss has risen for %n epoch(s) while the training loss fell: the network may be memorising the training data.</source>
            <translation>
                <numerusform>La perte de validation a augmenté pendant %n époque alors que la perte d'entraînement baissait : le réseau est peut-être en train de mémoriser les données d'entraînement.</numerusform>
                <numerusform>La perte de validation a augmenté pendant %n époques alors que la perte d'entraînement baissait : le réseau est peut-être en train de mémoriser les données d'entraînement.</numerusform>
            </translation>
        </message>
        <message>
            <source>No test examples.</source>
            <translation>Aucun exemple de test.</translation>
        </message>
        <message>
            <source>{right:,} of {total:,} test examples right ({share:.1%}).</source>
            <translation>{right:,} exemples de test justes sur {total:,} ({share:.1%}).</translation>
        </message>
        <message numerus="yes">
            <source>{true} taken for {predicted} (%n time(s))</source>
            <translation>
                <numerusform>{true} pris pour {predicted} (%n fois)</numerusform>
                <numerusform>{true} pris pour {predicted} (%n fois)</numerusform>
            </translation>
        </message>
        <message>
            <source>Most often mixed up: {mixups}.</source>
            <translation>Confusions les plus fréquentes : {mixups}.</translation>
        </message>
        <message>
            <source>{layer}: no weights.</source>
            <translation>{layer} : aucun poids.</translation>
        </message>
        <message>
            <source>{layer}: {count:,} weights ({shape}) from {low:.3g} to {high:.3g}, spread {spread:.3g}.</source>
            <translation>{layer} : {count:,} poids ({shape}) de {low:.3g} à {high:.3g}, dispersion {spread:.3g}.</translation>
        </message>
    </context>
    <context>
        <name>SystemLibraries</name>
        <message>
            <source>nnstudio cannot open its window: Qt needs these system libraries to draw on this screen, and they are not installed: {libraries}.
On Debian or Ubuntu, install them with:
    sudo apt install {packages}
(The command line works without them: nnstudio --help.)</source>
            <extracomment>Debian's package for a library whose name does not follow the usual pattern.</extracomment>
            <translation>nnstudio ne peut pas ouvrir sa fenêtre : Qt a besoin de ces bibliothèques système pour dessiner sur cet écran, et elles ne sont pas installées : {libraries}.
Sur Debian ou Ubuntu, installe-les avec :
    sudo apt install {packages}
(La ligne de commande marche sans elles : nnstudio --help.)</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>MNIST, 128 hidden neurons</source>
            <extracomment>The name of a project made from this template; it also suggests its file name.</extracomment>
            <translation>MNIST, 128 neurones cachés</translation>
        </message>
        <message>
            <source>The three-layer network: each 28x28 digit is flattened to 784 inputs, one hidden layer of 128 ReLU neurons, and 10 softmax outputs, one per digit.</source>
            <translation>Le réseau à trois couches : chaque chiffre de 28x28 est aplati en 784 entrées, une couche cachée de 128 neurones ReLU et 10 sorties softmax, une par chiffre.</translation>
        </message>
        <message>
            <source>MNIST, 512 hidden neurons</source>
            <translation>MNIST, 512 neurones cachés</translation>
        </message>
        <message>
            <source>Pixels scaled to 0..1 and laid out as 784 numbers, one hidden layer of 512 ReLU neurons, 10 softmax outputs, one-hot labels and categorical cross-entropy; 5 epochs.</source>
            <translation>Pixels ramenés entre 0 et 1 et étalés en 784 nombres, une couche cachée de 512 neurones ReLU, 10 sorties softmax, étiquettes one-hot et entropie croisée catégorielle ; 5 époques.</translation>
        </message>
        <message>
            <source>MNIST, two tanh layers, SGD</source>
            <translation>MNIST, deux couches tanh, SGD</translation>
        </message>
        <message>
            <source>784 mean-centred inputs, two hidden layers of 50 tanh neurons with Glorot initialisation, 10 softmax outputs, trained by SGD with momentum 0.9 and a tiny learning-rate decay, batches of 64, 10% of the training data held back for validation.</source>
            <translation>784 entrées centrées sur la moyenne, deux couches cachées de 50 neurones tanh avec l'initialisation de Glorot, 10 sorties softmax, entraîné par SGD avec un momentum de 0.9 et une toute petite décroissance du taux d'apprentissage, lots de 64, 10 % des données d'entraînement mises de côté pour la validation.</translation>
        </message>
        <message>
            <source>The loyal-customers example: two yes/no inputs (old or young, middle or high income), and the answer is 1 when exactly one of them is 1. 16 ReLU neurons and one sigmoid output learn what no straight line can.</source>
            <translation>L'exemple des clients fidèles : deux entrées oui/non (âgé ou jeune, revenu moyen ou élevé), et la réponse est 1 quand exactement l'une d'elles vaut 1. 16 neurones ReLU et une sortie sigmoid apprennent ce qu'aucune ligne droite ne peut faire.</translation>
        </message>
        <message>
            <source>Eight inputs, two hidden layers of six ReLU neurons and four softmax outputs: the picture of a small network from the lesson on layers, trained on generated data with 8 features and 4 classes.</source>
            <translation>Huit entrées, deux couches cachées de six neurones ReLU et quatre sorties softmax : le dessin d'un petit réseau tiré de la leçon sur les couches, entraîné sur des données générées avec 8 caractéristiques et 4 classes.</translation>
        </message>
        <message>
            <source>MNIST digits: Flatten 28x28, Dense 128 ReLU, Dense 10 softmax (101,770 weights).</source>
            <translation>Chiffres MNIST : Flatten 28x28, Dense 128 ReLU, Dense 10 softmax (101 770 poids).</translation>
        </message>
        <message>
            <source>MNIST digits: 784 inputs, Dense 512 ReLU, Dense 10 softmax, Adam, 5 epochs.</source>
            <translation>Chiffres MNIST : 784 entrées, Dense 512 ReLU, Dense 10 softmax, Adam, 5 époques.</translation>
        </message>
        <message>
            <source>MNIST digits: 784 centred inputs, two Dense 50 tanh layers, SGD with momentum.</source>
            <translation>Chiffres MNIST : 784 entrées centrées, deux couches Dense 50 tanh, SGD avec momentum.</translation>
        </message>
        <message>
            <source>The XOR truth table: 2 inputs, Dense 16 ReLU, 1 sigmoid output.</source>
            <translation>La table de vérité XOR : 2 entrées, Dense 16 ReLU, 1 sortie sigmoid.</translation>
        </message>
        <message>
            <source>8 generated features, two Dense 6 ReLU layers, 4 softmax outputs.</source>
            <translation>8 caractéristiques générées, deux couches Dense 6 ReLU, 4 sorties softmax.</translation>
        </message>
        <message>
            <source>There is no template called {name}. Expected one of: {names}.</source>
            <translation>Il n'y a pas de modèle de départ appelé {name}. Modèles possibles : {names}.</translation>
        </message>
    </context>
    <context>
        <name>TextSize</name>
        <message>
            <source>&amp;Normal</source>
            <extracomment>Their names in View → Text size (translated where shown: :func:`text_size_label`).</extracomment>
            <translation>&amp;Normale</translation>
        </message>
        <message>
            <source>&amp;Large</source>
            <translation>&amp;Grande</translation>
        </message>
        <message>
            <source>L&amp;argest</source>
            <translation>&amp;Très grande</translation>
        </message>
    </context>
    <context>
        <name>TrainBoundary</name>
        <message>
            <source>The network's answer</source>
            <extracomment>One colour per class (colour-blind friendly: Okabe-Ito's blue, orange, green, purple...).</extracomment>
            <translation>La réponse du réseau</translation>
        </message>
        <message>
            <source>input 1</source>
            <translation>entrée 1</translation>
        </message>
        <message>
            <source>input 2</source>
            <translation>entrée 2</translation>
        </message>
        <message>
            <source>For data with two inputs, such as XOR: the colour shows the class the network would answer at each point; the line is where its answer changes.</source>
            <extracomment>A replayed moment's answers, shown instead of the latest (None: live).</extracomment>
            <translation>Pour des données à deux entrées, comme XOR : la couleur montre la classe que le réseau répondrait en chaque point ; la ligne est là où sa réponse change.</translation>
        </message>
        <message numerus="yes">
            <source>After {steps:,} training step(s) (epoch {epoch}): {right} of {total} training points on the right side.</source>
            <translation>
                <numerusform>Après {steps:,} pas d'entraînement (époque {epoch}) : {right} points d'entraînement sur {total} du bon côté.</numerusform>
                <numerusform>Après {steps:,} pas d'entraînement (époque {epoch}) : {right} points d'entraînement sur {total} du bon côté.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainController</name>
        <message numerus="yes">
            <source>{problem} (and %n more in Problems)</source>
            <extracomment>Slow motion for tiny datasets: XOR's 500 epochs take about a second to watch. The data is loaded ahead in the training process this long after its settings last changed (milliseconds), so that typing a number loads the data once, not once a keystroke. The tabs :attr:`TrainingController.show_tab` names. A run is about to start (before anything else is said about it). The Train button: whether it can be pressed (while running it is Stop; False while stopping), why not (empty when it can), whether a run goes on, and whether it is paused. Train was pressed: the old run's weights, results and network are gone; TensorFlow and the data load before the run starts. The run's project (the copy it trains) and its :class:`RunStarted`. The run's :class:`Update`, :class:`WeightSnapshot` and :class:`BoundarySnapshot`. The run's :class:`RunFinished`, and whether it is kept: False when another project was opened meanwhile (its results belonged to the old one). A trained network with its results, to show (after a run, or loaded with a project). Another project: the last run's network, results and curves belonged to the old one. Whether there is a trained network to save. Whether the data is known to be small enough for slow motion (before a run). Whether "Same start as the last run" can be chosen (a run has started this session). Bring a tab to the front: :data:`NETWORK_TAB` or :data:`TRAINING_TAB`. A line for the status bar, and how long to show it (milliseconds; 0: until replaced). Something went wrong that the student must read: a title and one sentence. The training process (TensorFlow lives there, never in the window's process). Slow motion for tiny data (the student's choice, kept between runs). Whether the next run starts from the last run's starting weights (for the layers that did not change), and whether the training process has a last run's start. The copy of the project the current (or last) run trains. Where the last run's trained network was saved, if it was. The data settings (and folder) last sent to the training process to load ahead.</extracomment>
            <translation>
                <numerusform>{problem} (et %n autre dans Problèmes)</numerusform>
                <numerusform>{problem} (et %n autres dans Problèmes)</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused after the current batch: press Resume to go on.</source>
            <translation>En pause après le lot en cours : appuie sur Reprendre pour continuer.</translation>
        </message>
        <message>
            <source>Training again…</source>
            <translation>Nouvel entraînement…</translation>
        </message>
        <message>
            <source>Stopping after this batch…</source>
            <translation>Arrêt après ce lot…</translation>
        </message>
        <message>
            <source>Getting ready: loading TensorFlow and the data…</source>
            <translation>Préparation : chargement de TensorFlow et des données…</translation>
        </message>
        <message>
            <source>The previous project's run ended: {message}</source>
            <translation>L'essai du projet précédent s'est terminé : {message}</translation>
        </message>
        <message>
            <source>Training stopped</source>
            <translation>Entraînement arrêté</translation>
        </message>
        <message>
            <source>Stopping the training…</source>
            <translation>Arrêt de l'entraînement…</translation>
        </message>
        <message>
            <source>Loading the trained network {name}…</source>
            <translation>Chargement du réseau entraîné {name}…</translation>
        </message>
        <message>
            <source>The trained network saved with this project ({name}).</source>
            <translation>Le réseau entraîné enregistré avec ce projet ({name}).</translation>
        </message>
        <message>
            <source>Loaded the trained network {name}: see Results and Draw a digit.</source>
            <translation>Réseau entraîné {name} chargé : regarde Résultats et Dessiner un chiffre.</translation>
        </message>
        <message>
            <source>The saved network was not loaded: {message}</source>
            <translation>Le réseau enregistré n'a pas été chargé : {message}</translation>
        </message>
        <message>
            <source>Cannot save the trained network</source>
            <translation>Impossible d'enregistrer le réseau entraîné</translation>
        </message>
        <message>
            <source>Saved the trained network to {name}</source>
            <translation>Réseau entraîné enregistré dans {name}</translation>
        </message>
        <message>
            <source>Training on {examples:,} examples: {source}</source>
            <translation>Entraînement sur {examples:,} exemples : {source}</translation>
        </message>
        <message>
            <source>Training on {examples:,} examples: {source}. No layer could start as in the last run (every one changed shape, or the training process was restarted), so this run starts new</source>
            <translation>Entraînement sur {examples:,} exemples : {source}. Aucune couche n'a pu repartir comme lors du dernier essai (elles ont toutes changé de forme, ou le processus d'entraînement a redémarré), donc cet essai repart de zéro</translation>
        </message>
        <message>
            <source>Training on {examples:,} examples: {source}. Same start as the last run for {layers}; any other layer starts new</source>
            <translation>Entraînement sur {examples:,} exemples : {source}. Même départ que le dernier essai pour {layers} ; toute autre couche repart de zéro</translation>
        </message>
    </context>
    <context>
        <name>TrainCurves</name>
        <message>
            <source>epoch</source>
            <extracomment>Redraw at most this often (milliseconds). Epoch curves get a dot per epoch up to this many epochs. Points per piece (one more, shared with the next piece). Hidden pieces made at a time.</extracomment>
            <translation>époque</translation>
        </message>
        <message>
            <source>Loss (lower is better)</source>
            <extracomment>Where a replayed moment is on the run (hidden when live).</extracomment>
            <translation>Perte (plus c'est bas, mieux c'est)</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Précision</translation>
        </message>
        <message>
            <source>{metric} (higher is better)</source>
            <translation>{metric} (plus c'est haut, mieux c'est)</translation>
        </message>
        <message>
            <source>training, per epoch</source>
            <translation>entraînement, par époque</translation>
        </message>
        <message>
            <source>validation, per epoch</source>
            <translation>validation, par époque</translation>
        </message>
        <message>
            <source>training, per batch (running mean since the epoch began)</source>
            <translation>entraînement, par lot (moyenne glissante depuis le début de l'époque)</translation>
        </message>
    </context>
    <context>
        <name>TrainReplay</name>
        <message>
            <source>Replay the training</source>
            <extracomment>The moment to show (an index into :attr:`moments`), or -1 for live.</extracomment>
            <translation>Rejouer l'entraînement</translation>
        </message>
        <message>
            <source>Drag back to see the weights, the answers and the confusion matrix as they were at that moment of training</source>
            <translation>Fais glisser en arrière pour voir les poids, les réponses et la matrice de confusion tels qu'ils étaient à ce moment de l'entraînement</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>En direct</translation>
        </message>
        <message>
            <source>Follow training as it goes (the latest moment)</source>
            <translation>Suivre l'entraînement en direct (le moment le plus récent)</translation>
        </message>
        <message>
            <source>Replay:</source>
            <translation>Relecture :</translation>
        </message>
        <message>
            <source>{when} (moment {number} of {count})</source>
            <translation>{when} (moment {number} sur {count})</translation>
        </message>
        <message>
            <source>Confusion matrix at this moment</source>
            <translation>Matrice de confusion à ce moment</translation>
        </message>
        <message>
            <source>The test examples' answers at the replayed moment</source>
            <translation>Les réponses aux exemples de test au moment rejoué</translation>
        </message>
        <message>
            <source>Rows: the true class. Columns: the network's answer.</source>
            <translation>Lignes : la vraie classe. Colonnes : la réponse du réseau.</translation>
        </message>
        <message>
            <source>The first {count:,} test examples: {right:,} right ({share:.1%})</source>
            <translation>Les {count:,} premiers exemples de test : {right:,} justes ({share:.1%})</translation>
        </message>
        <message>
            <source>The {count} test examples: {right} right</source>
            <translation>Les {count} exemples de test : {right} justes</translation>
        </message>
    </context>
    <context>
        <name>TrainRun</name>
        <message>
            <source>Something unexpected went wrong ({error}): {details}</source>
            <translation>Quelque chose d'inattendu s'est produit ({error}) : {details}</translation>
        </message>
    </context>
    <context>
        <name>TrainRuns</name>
        <message>
            <source>Show</source>
            <extracomment>One colour per run, told apart also by people who do not see red and green apart (Okabe and Ito's palette).</extracomment>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Essai</translation>
        </message>
        <message>
            <source>What changed from the run before</source>
            <translation>Ce qui a changé depuis l'essai précédent</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Époques</translation>
        </message>
        <message>
            <source>Test accuracy</source>
            <translation>Précision de test</translation>
        </message>
        <message>
            <source>Test loss</source>
            <translation>Perte de test</translation>
        </message>
        <message>
            <source>Training time</source>
            <translation>Durée d'entraînement</translation>
        </message>
        <message>
            <source>No runs yet. Each time you train, the run is kept here with its settings, so you can change one thing, train again and compare the two.</source>
            <translation>Pas encore d'essai. Chaque fois que tu entraînes, l'essai est gardé ici avec ses réglages : tu peux changer une chose, entraîner à nouveau et comparer les deux.</translation>
        </message>
        <message>
            <source>Put this run's network and settings back into the builder (Edit → Undo takes them back)</source>
            <translation>Remettre le réseau et les réglages de cet essai dans l'éditeur (Édition → Annuler les retire)</translation>
        </message>
        <message>
            <source>Runs kept with the project</source>
            <extracomment>A sentence for the status bar. The runs whose curves are drawn (the records themselves, so deleting one or adding another keeps the choice).</extracomment>
            <translation>Essais gardés avec le projet</translation>
        </message>
        <message>
            <source>One row per run, newest first: what changed, epochs, test accuracy and loss, training time. Tick Show to draw its curves.</source>
            <translation>Une ligne par essai, le plus récent d'abord : ce qui a changé, époques, précision et perte de test, durée d'entraînement. Coche Afficher pour tracer ses courbes.</translation>
        </message>
        <message>
            <source>Restore its settings</source>
            <translation>Restaurer ses réglages</translation>
        </message>
        <message>
            <source>Delete run</source>
            <translation>Supprimer l'essai</translation>
        </message>
        <message>
            <source>Remove this run from the project (Edit → Undo brings it back)</source>
            <translation>Retirer cet essai du projet (Édition → Annuler le fait revenir)</translation>
        </message>
        <message>
            <source>Change one thing, train again, and compare: each run is labelled by what changed from the run before it. Tick the runs to draw.</source>
            <translation>Change une chose, entraîne à nouveau et compare : chaque essai est nommé d'après ce qui a changé depuis l'essai d'avant. Coche les essais à tracer.</translation>
        </message>
        <message>
            <source>Loss (lower is better)</source>
            <translation>Perte (plus c'est bas, mieux c'est)</translation>
        </message>
        <message>
            <source>Accuracy (higher is better)</source>
            <translation>Précision (plus c'est haut, mieux c'est)</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>époque</translation>
        </message>
        <message>
            <source>Show run {number}</source>
            <extracomment>The runs changed while the tab was hidden: it is filled when next shown (a run's end is a busy moment for the window; drawing a hidden tab's plots would add to it).</extracomment>
            <translation>Afficher l'essai {number}</translation>
        </message>
        <message>
            <source>Finished {when}: {message}</source>
            <translation>Terminé le {when} : {message}</translation>
        </message>
        <message>
            <source>Finished at an unknown time: {message}</source>
            <translation>Terminé à une heure inconnue : {message}</translation>
        </message>
        <message>
            <source>{seconds:.1f} s</source>
            <translation>{seconds:.1f} s</translation>
        </message>
        <message>
            <source>This run was kept without its settings (an older nnstudio).</source>
            <translation>Cet essai a été gardé sans ses réglages (ancienne version de nnstudio).</translation>
        </message>
        <message>
            <source>Restore the settings of run {number}</source>
            <translation>Restaurer les réglages de l'essai {number}</translation>
        </message>
        <message>
            <source>Run {number}'s settings could not be restored: {reason}</source>
            <translation>Les réglages de l'essai {number} n'ont pas pu être restaurés : {reason}</translation>
        </message>
        <message>
            <source>The settings of run {number} are back in the builder. Edit → Undo takes them back.</source>
            <translation>Les réglages de l'essai {number} sont de retour dans l'éditeur. Édition → Annuler les retire.</translation>
        </message>
        <message>
            <source>Run {number} deleted. Edit → Undo brings it back.</source>
            <translation>Essai {number} supprimé. Édition → Annuler le fait revenir.</translation>
        </message>
        <message>
            <source>Run {number}</source>
            <translation>Essai {number}</translation>
        </message>
        <message>
            <source>solid: training, dashed: validation</source>
            <translation>trait plein : entraînement, pointillés : validation</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Métrique</translation>
        </message>
    </context>
    <context>
        <name>TrainTab</name>
        <message>
            <source>Press Train to watch the network learn: the curves, its weights and its answers update live.</source>
            <extracomment>Update the text at most this often (seconds); epoch ends always show.</extracomment>
            <translation>Appuie sur Entraîner pour voir le réseau apprendre : les courbes, ses poids et ses réponses se mettent à jour en direct.</translation>
        </message>
        <message>
            <source>Slow motion for tiny data</source>
            <extracomment>The run's progress in words and as a fraction, a few times a second (the status bar and its progress bar show it too).</extracomment>
            <translation>Ralenti pour les petites données</translation>
        </message>
        <message>
            <source>XOR trains in a fraction of a second; slow motion spreads its epochs out (about 500 a second) so you can watch the network learn. Bigger data is never slowed.</source>
            <translation>XOR s'entraîne en une fraction de seconde ; le ralenti étale ses époques (environ 500 par seconde) pour que tu puisses voir le réseau apprendre. Les données plus grandes ne sont jamais ralenties.</translation>
        </message>
        <message>
            <source>earlier</source>
            <comment>when the last run finished, if not known</comment>
            <extracomment>Said when the validation loss rises while the training loss falls (memorising). The run's per-epoch numbers so far, as Keras's History keeps them.</extracomment>
            <translation>date inconnue</translation>
        </message>
        <message numerus="yes">
            <source>The last run saved with this project ({when}): %n epoch(s). {tested}</source>
            <translation>
                <numerusform>Le dernier essai enregistré avec ce projet ({when}) : %n époque. {tested}</numerusform>
                <numerusform>Le dernier essai enregistré avec ce projet ({when}) : %n époques. {tested}</numerusform>
            </translation>
        </message>
        <message>
            <source>Getting ready: loading TensorFlow and the data…</source>
            <translation>Préparation : chargement de TensorFlow et des données…</translation>
        </message>
        <message numerus="yes">
            <source>The validation loss has risen for %n epoch(s) while the training loss fell: the network may be memorising the training data. Fewer epochs, a Dropout layer or fewer neurons can help.</source>
            <translation>
                <numerusform>La perte de validation monte depuis %n époque alors que la perte d'entraînement baisse : le réseau est peut-être en train de mémoriser les données d'entraînement. Moins d'époques, une couche Dropout ou moins de neurones peuvent aider.</numerusform>
                <numerusform>La perte de validation monte depuis %n époques alors que la perte d'entraînement baisse : le réseau est peut-être en train de mémoriser les données d'entraînement. Moins d'époques, une couche Dropout ou moins de neurones peuvent aider.</numerusform>
            </translation>
        </message>
        <message>
            <source>Epoch {epoch} of {epochs}, batch {batch:,} of {batches:,}: {numbers}</source>
            <translation>Époque {epoch} sur {epochs}, lot {batch:,} sur {batches:,} : {numbers}</translation>
        </message>
        <message numerus="yes">
            <source>Training on {examples:,} examples, {validation:,} held back for validation, in batches of {batch}: {steps:,} step(s) per epoch (tiny data: many epochs per step of the display).</source>
            <translation>
                <numerusform>Entraînement sur {examples:,} exemples, {validation:,} mis de côté pour la validation, en lots de {batch} : {steps:,} pas par époque (petites données : plusieurs époques par mise à jour de l'affichage).</numerusform>
                <numerusform>Entraînement sur {examples:,} exemples, {validation:,} mis de côté pour la validation, en lots de {batch} : {steps:,} pas par époque (petites données : plusieurs époques par mise à jour de l'affichage).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Training on {examples:,} examples, {validation:,} held back for validation, in batches of {batch}: {steps:,} step(s) per epoch.</source>
            <translation>
                <numerusform>Entraînement sur {examples:,} exemples, {validation:,} mis de côté pour la validation, en lots de {batch} : {steps:,} pas par époque.</numerusform>
                <numerusform>Entraînement sur {examples:,} exemples, {validation:,} mis de côté pour la validation, en lots de {batch} : {steps:,} pas par époque.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Training on {examples:,} examples, in batches of {batch}: {steps:,} step(s) per epoch (tiny data: many epochs per step of the display).</source>
            <translation>
                <numerusform>Entraînement sur {examples:,} exemples, en lots de {batch} : {steps:,} pas par époque (petites données : plusieurs époques par mise à jour de l'affichage).</numerusform>
                <numerusform>Entraînement sur {examples:,} exemples, en lots de {batch} : {steps:,} pas par époque (petites données : plusieurs époques par mise à jour de l'affichage).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Training on {examples:,} examples, in batches of {batch}: {steps:,} step(s) per epoch.</source>
            <translation>
                <numerusform>Entraînement sur {examples:,} exemples, en lots de {batch} : {steps:,} pas par époque.</numerusform>
                <numerusform>Entraînement sur {examples:,} exemples, en lots de {batch} : {steps:,} pas par époque.</numerusform>
            </translation>
        </message>
        <message>
            <source>less than a second left</source>
            <translation>il reste moins d'une seconde</translation>
        </message>
        <message>
            <source>about {seconds:.0f} s left</source>
            <translation>il reste environ {seconds:.0f} s</translation>
        </message>
        <message>
            <source>about {minutes:.0f} min left</source>
            <translation>il reste environ {minutes:.0f} min</translation>
        </message>
    </context>
    <context>
        <name>TrainWeights</name>
        <message>
            <source>Train the network to watch its weights change.</source>
            <translation>Entraîne le réseau pour voir ses poids changer.</translation>
        </message>
        <message>
            <source>Whose weights to show</source>
            <extracomment>Pixels between two tiles. The colour scale covers this percentile of the weights' sizes. The layer's index in the stack and the neuron's index in the layer.</extracomment>
            <translation>De quelle couche afficher les poids</translation>
        </message>
        <message>
            <source>Weights of</source>
            <translation>Poids de</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>Matrice</translation>
        </message>
        <message>
            <source>One row per input, one column per neuron</source>
            <translation>Une ligne par entrée, une colonne par neurone</translation>
        </message>
        <message>
            <source>Picture per neuron</source>
            <translation>Image par neurone</translation>
        </message>
        <message>
            <source>Each neuron's weights from the 28x28 pixels, folded back into a 28x28 picture</source>
            <translation>Les poids de chaque neurone venant des 28x28 pixels, repliés en une image de 28x28</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>poids</translation>
        </message>
        <message>
            <source>Click a neuron's picture (or its column) to see its arithmetic in the Inside tab, once training has finished.</source>
            <translation>Clique sur l'image d'un neurone (ou sur sa colonne) pour voir son calcul dans l'onglet Intérieur, une fois l'entraînement terminé.</translation>
        </message>
        <message>
            <source>Red: this input pushes the neuron's output up; blue: pushes it down; white: the neuron ignores it.</source>
            <translation>Rouge : cette entrée pousse la sortie du neurone vers le haut ; bleu : vers le bas ; blanc : le neurone l'ignore.</translation>
        </message>
        <message>
            <source>Waiting for the first weights…</source>
            <extracomment>A replayed moment's weights, shown instead of the latest ones (None: live).</extracomment>
            <translation>En attente des premiers poids…</translation>
        </message>
        <message>
            <source>Layer {number}</source>
            <translation>Couche {number}</translation>
        </message>
        <message>
            <source>input (1 to {count})</source>
            <translation>entrée (1 à {count})</translation>
        </message>
        <message>
            <source>neuron (1 to {count})</source>
            <translation>neurone (1 à {count})</translation>
        </message>
        <message numerus="yes">
            <source>{title}: each of its {units} neurons as a picture of its {inputs} incoming weights, after {steps:,} step(s). Red pushes the neuron up, blue down.</source>
            <translation>
                <numerusform>{title} : chacun de ses {units} neurones sous forme d'image de ses {inputs} poids entrants, après {steps:,} pas. Le rouge pousse le neurone vers le haut, le bleu vers le bas.</numerusform>
                <numerusform>{title} : chacun de ses {units} neurones sous forme d'image de ses {inputs} poids entrants, après {steps:,} pas. Le rouge pousse le neurone vers le haut, le bleu vers le bas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}: {inputs} inputs x {units} neurons, after {steps:,} step(s). Red pushes the neuron up, blue down.</source>
            <translation>
                <numerusform>{title} : {inputs} entrées x {units} neurones, après {steps:,} pas. Le rouge pousse le neurone vers le haut, le bleu vers le bas.</numerusform>
                <numerusform>{title} : {inputs} entrées x {units} neurones, après {steps:,} pas. Le rouge pousse le neurone vers le haut, le bleu vers le bas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingConsole</name>
        <message>
            <source>Training on {train} examples, {validation} to validate, testing on {test}; {epochs} of {batches} of {batch_size}.</source>
            <translation>Entraînement sur {train} exemples, {validation} pour la validation, test sur {test} ; {epochs} de {batches} de {batch_size}.</translation>
        </message>
        <message>
            <source>Training on {train} examples, testing on {test}; {epochs} of {batches} of {batch_size}.</source>
            <translation>Entraînement sur {train} exemples, test sur {test} ; {epochs} de {batches} de {batch_size}.</translation>
        </message>
        <message numerus="yes">
            <source>%n epoch(s)</source>
            <translation>
                <numerusform>%n époque</numerusform>
                <numerusform>%n époques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es)</source>
            <translation>
                <numerusform>%n lot</numerusform>
                <numerusform>%n lots</numerusform>
            </translation>
        </message>
        <message>
            <source>Data: {source}</source>
            <translation>Données : {source}</translation>
        </message>
        <message>
            <source>ETA {time}</source>
            <comment>estimated time left</comment>
            <translation>reste {time}</translation>
        </message>
        <message>
            <source>Test: {results}</source>
            <translation>Test : {results}</translation>
        </message>
        <message>
            <source>Epoch {epoch}/{epochs}</source>
            <translation>Époque {epoch}/{epochs}</translation>
        </message>
    </context>
    <context>
        <name>TrainingEngine</name>
        <message>
            <source>A validation share of {split:g} of {examples} training examples leaves nothing to train on.</source>
            <extracomment>Deliver batch points at most this often (seconds); epoch ends are never held back long. Send a weight snapshot at most this often (seconds), plus one at the end of the run. Index into ``project.layers`` of the layer whose weights to send; None sends every layer with weights; -1 sends none. For data with two features: send what the network answers over the input plane at most this often (seconds); None sends none. Grid points along each side of that plane. Slow the tiny-data loop to at most this many epochs a second, so that a student can watch XOR being learned; None trains at full speed. The tiny-data loop runs this long (seconds) between looks at the stop flag, the pace and the decision boundary. None chooses by the size of the data; True/False forces the tiny-data loop on or off. Training steps per compiled call of ``fit`` (Keras's ``steps_per_execution``): each call costs Keras a fixed overhead, so several steps per call train faster, with the same arithmetic. None chooses by the work of one step (see :func:`steps_per_call`). Compile the training step with XLA; None chooses by the length of the run and the kinds of layer (:func:`~nnstudio.core.compute.use_xla`). Evaluate on the test data at the end. Start from the last run's starting weights for every layer that did not change (see :mod:`nnstudio.training.start`); needs the last run's ``StartPoint`` (``previous_start``). Record moments of the run for replaying it (see :mod:`nnstudio.training.replay`). The time left is guessed once training has gone on this long (seconds) after its first steps, so that the guess rests on the speed of training itself. When the last compiled call of ``fit`` ended (0: none yet). The training time and the steps done when the first steps were reported. Stopped inside an epoch: its last epoch was cut short (Keras still ends it). Set: training waits after the current batch until it is cleared (or stopped). Where the data is loaded from when no ``dataset`` is given: the training process's cache keeps it for the next run of the same data. Where the compiled network of the last run is kept for the next run of the same network (the training process keeps one; see :mod:`nnstudio.training.reuse`). The last run's starting point, for ``options.same_start``; this run's own, once the network is built. Whether to keep this run's starting point (the training process does, for the next run that asks to start the same; a run on its own need not copy its weights). The epochs (from 1) ``fit`` validates; see :meth:`_fit_keras`. Time spent recording the replay (seconds).</extracomment>
            <translation>Une part de validation de {split:g} sur {examples} exemples d'entraînement ne laisse rien pour l'entraînement.</translation>
        </message>
        <message>
            <source>A validation share of {split:g} of {examples} training examples leaves nothing to validate on.</source>
            <translation>Une part de validation de {split:g} sur {examples} exemples d'entraînement ne laisse rien pour la validation.</translation>
        </message>
        <message numerus="yes">
            <source>Finished %n epoch(s).</source>
            <extracomment>Arrays are handed to TensorFlow this many bytes at a time (see :func:`tensor_in_pieces`). The tiny-data loop trains data of at most this many batches an epoch and this many bytes.</extracomment>
            <translation>
                <numerusform>%n époque terminée.</numerusform>
                <numerusform>%n époques terminées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped during epoch {epoch} of {epochs}, after %n epoch(s) in full.</source>
            <translation>
                <numerusform>Arrêté pendant l'époque {epoch} sur {epochs}, après %n époque complète.</numerusform>
                <numerusform>Arrêté pendant l'époque {epoch} sur {epochs}, après %n époques complètes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped after %n epoch(s) of {epochs}.</source>
            <translation>
                <numerusform>Arrêté après %n époque sur {epochs}.</numerusform>
                <numerusform>Arrêté après %n époques sur {epochs}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The loss became NaN at epoch {epoch}, batch {batch} — the learning rate {learning_rate:g} is probably too high; try one ten times smaller.</source>
            <translation>La perte est devenue NaN à l'époque {epoch}, lot {batch} — le taux d'apprentissage {learning_rate:g} est sans doute trop élevé ; essaies-en un dix fois plus petit.</translation>
        </message>
        <message>
            <source>The loss became NaN at epoch {epoch}, batch {batch} — try a smaller learning rate, or scale the inputs (preprocessing).</source>
            <translation>La perte est devenue NaN à l'époque {epoch}, lot {batch} — essaie un taux d'apprentissage plus petit, ou mets les entrées à l'échelle (prétraitement).</translation>
        </message>
        <message>
            <source>Training ran out of memory. Try a smaller batch size, fewer units, or fewer training examples.</source>
            <translation>L'entraînement a manqué de mémoire. Essaie une taille de lot plus petite, moins de neurones ou moins d'exemples d'entraînement.</translation>
        </message>
        <message>
            <source>Training stopped because of an unexpected error ({kind}): {error}</source>
            <translation>L'entraînement s'est arrêté à cause d'une erreur inattendue ({kind}) : {error}</translation>
        </message>
    </context>
    <context>
        <name>TrainingProbe</name>
        <message>
            <source>The network trained no step, so there is nothing to time.</source>
            <extracomment>Seconds of steady training to time. Per delivery: how many epochs it ended.</extracomment>
            <translation>Le réseau n'a fait aucun pas d'entraînement : il n'y a donc rien à chronométrer.</translation>
        </message>
    </context>
    <context>
        <name>TrainingProcess</name>
        <message>
            <source>That trained network is no longer loaded: the training process was restarted.</source>
            <extracomment>How much lower than the window the training process runs (Unix niceness). Which start of the training process it belongs to (a new process knows nothing of it).</extracomment>
            <translation>Ce réseau entraîné n'est plus chargé : le processus d'entraînement a redémarré.</translation>
        </message>
        <message>
            <source>The training process did not answer within {seconds} s.</source>
            <extracomment>Set when the process has TensorFlow loaded and waits for requests. Counts the starts of the process. The language the process is to speak (see :meth:`set_language`); None: the one the window speaks (:func:`~nnstudio.core.i18n.current_language`) when it is started.</extracomment>
            <translation>Le processus d'entraînement n'a pas répondu en {seconds} s.</translation>
        </message>
        <message>
            <source>{file} did not give a network.</source>
            <translation>{file} n'a pas donné de réseau.</translation>
        </message>
        <message>
            <source>The training process stopped unexpectedly (exit code {code}). It may have run out of memory: try a smaller network or batch size. Your project is unchanged; press Train to try again.</source>
            <translation>Le processus d'entraînement s'est arrêté de façon inattendue (code de sortie {code}). Il a peut-être manqué de mémoire : essaie un réseau ou une taille de lot plus petits. Ton projet n'a pas changé ; appuie sur Entraîner pour réessayer.</translation>
        </message>
        <message>
            <source>The training process stopped unexpectedly. It may have run out of memory: try a smaller network or batch size. Your project is unchanged; press Train to try again.</source>
            <translation>Le processus d'entraînement s'est arrêté de façon inattendue. Il a peut-être manqué de mémoire : essaie un réseau ou une taille de lot plus petits. Ton projet n'a pas changé ; appuie sur Entraîner pour réessayer.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({kind}): {error}</source>
            <extracomment>The data of the last run (or restore, or :meth:`prepare`), kept for the next one. The last run's compiled network, kept for the next run of the same network. The last run's starting weights, for a run asked to start the same.</extracomment>
            <translation>Une erreur inattendue s'est produite ({kind}) : {error}</translation>
        </message>
        <message>
            <source>That trained network is no longer loaded: it was replaced by a newer run.</source>
            <translation>Ce réseau entraîné n'est plus chargé : il a été remplacé par un essai plus récent.</translation>
        </message>
    </context>
    <context>
        <name>TrainingReplay</name>
        <message>
            <source>the start, before any training</source>
            <extracomment>The test examples whose answers are recorded at every moment (the test set's first ones). Moments within the first epoch, as shares of its batches (when it has at least 8). Epoch ends recorded at most; a longer run records this many, spread evenly. Bytes of weights a run may record in all. The network being trained (a function: the engine may swap in a kept one).</extracomment>
            <translation>le début, avant tout entraînement</translation>
        </message>
        <message>
            <source>the end of epoch {epoch}</source>
            <translation>la fin de l'époque {epoch}</translation>
        </message>
        <message>
            <source>{share:.0%} into epoch {epoch}</source>
            <translation>à {share:.0%} de l'époque {epoch}</translation>
        </message>
        <message>
            <source>The replay file {file} is missing.</source>
            <extracomment>A project's replay is written beside it as ``name.replay.npz`` (numpy's compressed format). The shape of one example as the network takes it (for laying out weight pictures). For data with two inputs: the plane shown and the examples on it (from the run's last decision boundary), so a saved replay draws the boundary too.</extracomment>
            <translation>Le fichier de relecture {file} est introuvable.</translation>
        </message>
        <message>
            <source>The replay file {file} cannot be read: it is damaged or not a replay ({kind}).</source>
            <translation>Le fichier de relecture {file} est illisible : il est endommagé, ou ce n'est pas une relecture ({kind}).</translation>
        </message>
        <message>
            <source>The replay file {file} is not a complete replay (expected the moments' epochs, steps and arrays of matching lengths; {kind}: {error}).</source>
            <translation>Le fichier de relecture {file} n'est pas une relecture complète (il faut les époques, les pas et les tableaux des moments, avec des longueurs qui correspondent ; {kind} : {error}).</translation>
        </message>
    </context>
    <context>
        <name>Validate</name>
        <message>
            <source>a whole number from {low} to {high}</source>
            <extracomment>Index into ``project.layers`` of the layer to highlight, if any. The setting to highlight, if any. One entry per layer; None where the shape could not be worked out. What a setting accepts; it follows "must be" in a problem, or "Allowed:" in a tooltip.</extracomment>
            <translation>un nombre entier de {low} à {high}</translation>
        </message>
        <message>
            <source>a number from {low} to {high}</source>
            <translation>un nombre de {low} à {high}</translation>
        </message>
        <message>
            <source>a whole number from {low} up to (but not including) {high}</source>
            <translation>un nombre entier à partir de {low} et strictement inférieur à {high}</translation>
        </message>
        <message>
            <source>a number from {low} up to (but not including) {high}</source>
            <translation>un nombre à partir de {low} et strictement inférieur à {high}</translation>
        </message>
        <message>
            <source>a whole number above {low} and at most {high}</source>
            <translation>un nombre entier supérieur à {low} et au plus égal à {high}</translation>
        </message>
        <message>
            <source>a number above {low} and at most {high}</source>
            <translation>un nombre supérieur à {low} et au plus égal à {high}</translation>
        </message>
        <message>
            <source>a whole number between {low} and {high}</source>
            <translation>un nombre entier strictement compris entre {low} et {high}</translation>
        </message>
        <message>
            <source>a number between {low} and {high}</source>
            <translation>un nombre strictement compris entre {low} et {high}</translation>
        </message>
        <message>
            <source>a whole number of at least {low}</source>
            <translation>un nombre entier valant au moins {low}</translation>
        </message>
        <message>
            <source>a number of at least {low}</source>
            <translation>un nombre valant au moins {low}</translation>
        </message>
        <message>
            <source>a whole number above {low}</source>
            <translation>un nombre entier supérieur à {low}</translation>
        </message>
        <message>
            <source>a number above {low}</source>
            <translation>un nombre supérieur à {low}</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>un nombre entier</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>un nombre</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>vrai ou faux</translation>
        </message>
        <message>
            <source>one of: {choices}</source>
            <translation>une valeur parmi {choices}</translation>
        </message>
        <message>
            <source>a list of whole numbers of at least 1, one of which may be -1 to take the rest, such as 28, 28, 1</source>
            <translation>une liste de nombres entiers valant au moins 1, dont l'un peut être -1 pour prendre le reste, comme 28, 28, 1</translation>
        </message>
        <message>
            <source>a list of whole numbers of at least 1, such as 28, 28, 1</source>
            <translation>une liste de nombres entiers valant au moins 1, comme 28, 28, 1</translation>
        </message>
        <message>
            <source>text</source>
            <translation>du texte</translation>
        </message>
        <message>
            <source>{allowed}, or empty for '{none}'</source>
            <extracomment>{allowed}: what the setting accepts ("a whole number of at least 1"); {none}: what an empty setting means ("from the data").</extracomment>
            <translation>{allowed}, ou vide pour « {none} »</translation>
        </message>
        <message>
            <source>{where}: {setting} must be {allowed}. Received: {name}={value}.</source>
            <extracomment>{where}: the layer's title or the section ("Layer 3 (Dense)", "Data"); {setting}: the setting's label; {allowed}: what it accepts; {name}={value} stays as it is (the setting's Keras name and the value received).</extracomment>
            <translation>{where} : le réglage « {setting} » doit être {allowed}. Reçu : {name}={value}.</translation>
        </message>
        <message>
            <source>The network is empty: add an Input layer, then at least one Dense layer.</source>
            <translation>Le réseau est vide : ajoute une couche Input, puis au moins une couche Dense.</translation>
        </message>
        <message>
            <source>{layer}: a name may use letters, digits, '_', '-' and '.', up to 64 of them. Received: name={name}.</source>
            <translation>{layer} : un nom peut contenir des lettres, des chiffres, '_', '-' et '.', 64 au maximum. Reçu : name={name}.</translation>
        </message>
        <message>
            <source>{layer}: the name {name} is already used by layer {other}. Expected a name of its own.</source>
            <translation>{layer} : le nom {name} est déjà utilisé par la couche {other}. Il faut un nom qui lui soit propre.</translation>
        </message>
        <message>
            <source>{layer}: only the first layer can be an Input layer. Remove this one or move it to the top.</source>
            <translation>{layer} : seule la première couche peut être une couche Input. Supprime celle-ci ou déplace-la tout en haut.</translation>
        </message>
        <message>
            <source>{layer}: the first layer must be an Input layer, which says what one example looks like. Add an Input layer at the top.</source>
            <translation>{layer} : la première couche doit être une couche Input, qui dit à quoi ressemble un exemple. Ajoute une couche Input tout en haut.</translation>
        </message>
        <message>
            <source>{layer}: {problem}</source>
            <extracomment>{problem}: a sentence from the "Shapes" context, in lower case ("its kernel of 5x5 ...").</extracomment>
            <translation>{layer} : {problem}</translation>
        </message>
        <message>
            <source>{layer}: its output would have no size left {shape}. Use a smaller window or padding 'same'.</source>
            <translation>{layer} : sa sortie n'aurait plus aucune taille {shape}. Utilise une fenêtre plus petite ou le remplissage 'same'.</translation>
        </message>
        <message>
            <source>The network has no layer that learns: add a {first} (or {others}) layer, or there is nothing to train.</source>
            <translation>Le réseau n'a aucune couche qui apprend : ajoute une couche {first} (ou {others}), sinon il n'y a rien à entraîner.</translation>
        </message>
        <message>
            <source>{layer}: the data gives examples of shape {data_shape}, but the Input layer expects {declared}. Set the shape to {values}, or leave it empty to take it from the data.</source>
            <translation>{layer} : les données donnent des exemples de forme {data_shape}, mais la couche Input attend {declared}. Règle la forme sur {values}, ou laisse-la vide pour la prendre dans les données.</translation>
        </message>
        <message>
            <source>The network's output has shape {shape}, but each example needs one row of class scores. Add a Flatten layer before the last Dense layer.</source>
            <translation>La sortie du réseau a la forme {shape}, mais chaque exemple a besoin d'une seule rangée de scores de classe. Ajoute une couche Flatten avant la dernière couche Dense.</translation>
        </message>
        <message>
            <source>{layer}: the output layer has {units}, but the data has {classes} ({names}). Expected {expected}, or 1 sigmoid unit for a yes/no answer.</source>
            <translation>{layer} : la couche de sortie a {units}, mais les données ont {classes} ({names}). Il faut {expected}, ou 1 neurone sigmoid pour une réponse oui/non.</translation>
        </message>
        <message>
            <source>{layer}: the output layer has {units}, but the data has {classes} ({names}). Expected {expected}.</source>
            <translation>{layer} : la couche de sortie a {units}, mais les données ont {classes} ({names}). Il faut {expected}.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n neurone</numerusform>
                <numerusform>%n neurones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n class(es)</source>
            <translation>
                <numerusform>%n classe</numerusform>
                <numerusform>%n classes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s), one per class</source>
            <translation>
                <numerusform>%n neurone, un par classe</numerusform>
                <numerusform>%n neurones, un par classe</numerusform>
            </translation>
        </message>
        <message>
            <source>{layer}: softmax on a single unit always outputs 1, so the network cannot learn anything. Use sigmoid for one yes/no output, or give the output 2 units with softmax.</source>
            <translation>{layer} : softmax sur un seul neurone donne toujours 1, donc le réseau ne peut rien apprendre. Utilise sigmoid pour une seule sortie oui/non, ou donne 2 neurones à la sortie avec softmax.</translation>
        </message>
        <message numerus="yes">
            <source>Binary cross-entropy scores a single yes/no answer, but the output layer has %n unit(s) that share one softmax. Use categorical cross-entropy for %n class(es), or one sigmoid unit.</source>
            <translation>
                <numerusform>L'entropie croisée binaire évalue une seule réponse oui/non, mais la couche de sortie a %n neurone, avec un softmax. Utilise l'entropie croisée catégorielle pour %n classe, ou un seul neurone sigmoid.</numerusform>
                <numerusform>L'entropie croisée binaire évalue une seule réponse oui/non, mais la couche de sortie a %n neurones qui se partagent un même softmax. Utilise l'entropie croisée catégorielle pour %n classes, ou un seul neurone sigmoid.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Binary cross-entropy scores a single yes/no answer, but the output layer has %n unit(s). Use categorical cross-entropy for %n class(es), or one sigmoid unit.</source>
            <translation>
                <numerusform>L'entropie croisée binaire évalue une seule réponse oui/non, mais la couche de sortie a %n neurone. Utilise l'entropie croisée catégorielle pour %n classe, ou un seul neurone sigmoid.</numerusform>
                <numerusform>L'entropie croisée binaire évalue une seule réponse oui/non, mais la couche de sortie a %n neurones. Utilise l'entropie croisée catégorielle pour %n classes, ou un seul neurone sigmoid.</numerusform>
            </translation>
        </message>
        <message>
            <source>{loss} needs one output unit per class, but the output layer has 1 unit. Use binary cross-entropy with a sigmoid unit, or give the output one unit per class with softmax.</source>
            <translation>{loss} a besoin d'un neurone de sortie par classe, mais la couche de sortie n'a qu'un seul neurone. Utilise l'entropie croisée binaire avec un neurone sigmoid, ou donne à la sortie un neurone par classe avec softmax.</translation>
        </message>
        <message>
            <source>{layer}: {loss} expects probabilities that sum to 1, but the last activation is {activation}. Expected softmax on the output layer.</source>
            <translation>{layer} : {loss} attend des probabilités dont la somme vaut 1, mais la dernière activation est {activation}. Il faut softmax sur la couche de sortie.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no activation</comment>
            <translation>aucune</translation>
        </message>
        <message>
            <source>{layer}: binary cross-entropy expects a probability between 0 and 1, but the last activation is {activation}. Expected sigmoid on the output unit.</source>
            <translation>{layer} : l'entropie croisée binaire attend une probabilité entre 0 et 1, mais la dernière activation est {activation}. Il faut sigmoid sur le neurone de sortie.</translation>
        </message>
        <message>
            <source>one-hot rows</source>
            <translation>lignes one-hot</translation>
        </message>
        <message>
            <source>class numbers</source>
            <translation>numéros de classe</translation>
        </message>
        <message>
            <source>single 0/1 answers</source>
            <translation>réponses 0/1 simples</translation>
        </message>
        <message>
            <source>The metric {metric} needs labels as {needed}, but with this loss and output the labels are {actual}. Use 'accuracy', which adapts to the loss.</source>
            <translation>La métrique {metric} veut des étiquettes sous forme de {needed}, mais avec cette perte et cette sortie, les étiquettes sont sous forme de {actual}. Utilise 'accuracy', qui s'adapte à la perte.</translation>
        </message>
        <message>
            <source>The loss must be one of: {choices}. Received: {received}.</source>
            <translation>La perte doit être une valeur parmi : {choices}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>The optimizer must be one of: {choices}. Received: {received}.</source>
            <translation>L'optimiseur doit être une valeur parmi : {choices}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>Optimizer {optimizer}</source>
            <extracomment>Where a problem is, before a colon: "Optimizer Adam: learning rate must be ...".</extracomment>
            <translation>Optimiseur {optimizer}</translation>
        </message>
        <message>
            <source>The metric must be one of: {choices}. Received: {received}.</source>
            <translation>La métrique doit être une valeur parmi : {choices}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>The dataset must be one of: {choices}. Received: {received}.</source>
            <translation>Le jeu de données doit être une valeur parmi : {choices}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>Choose a file for {dataset}.</source>
            <translation>Choisis un fichier pour {dataset}.</translation>
        </message>
        <message>
            <source>Choose which column of the CSV file holds the label.</source>
            <translation>Choisis la colonne du fichier CSV qui contient l'étiquette.</translation>
        </message>
        <message>
            <source>The preprocessing must be one of: {choices}. Received: {received}.</source>
            <translation>Le prétraitement doit être une valeur parmi : {choices}. Reçu : {received}.</translation>
        </message>
        <message>
            <source>Data</source>
            <extracomment>Where a problem is, before a colon: "Data: validation share must be ...".</extracomment>
            <translation>Données</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Entraînement</translation>
        </message>
    </context>
    <context>
        <name>VerifyExport</name>
        <message>
            <source>{folder} is not an exported project folder: expected one Python script in it, found {count}.</source>
            <extracomment>What the exported script prints when the short run got through (training.run_exported). These three are read back from the output, so they stay in English whatever the language. What the network guard's error says (found in the output: a download was tried). One sentence for the student. What the script printed (its output and errors), for a closer look.</extracomment>
            <translation>{folder} n'est pas un dossier de projet exporté : il devrait contenir un seul script Python, mais il y en a {count}.</translation>
        </message>
        <message>
            <source>{script} did not finish within {seconds:.0f} seconds.</source>
            <translation>{script} ne s'est pas terminé en {seconds:.0f} secondes.</translation>
        </message>
        <message>
            <source>{script} ran offline from a copy of the folder: it read its data, trained one short epoch and tested ({seconds:.0f} s).</source>
            <translation>{script} a tourné hors ligne depuis une copie du dossier : il a lu ses données, s'est entraîné pendant une courte époque et a fait le test ({seconds:.0f} s).</translation>
        </message>
        <message>
            <source>{script} tried to download something instead of reading its data from the folder, so it would not run offline.</source>
            <translation>{script} a essayé de télécharger quelque chose au lieu de lire ses données dans le dossier : il ne fonctionnerait donc pas hors ligne.</translation>
        </message>
        <message>
            <source>no output</source>
            <translation>aucune sortie</translation>
        </message>
        <message>
            <source>{script} failed when run on its own (exit {code}): {error}</source>
            <translation>{script} a échoué en s'exécutant seul (code de sortie {code}) : {error}</translation>
        </message>
        <message>
            <source>{script} is not a Python file</source>
            <translation>{script} n'est pas un fichier Python</translation>
        </message>
        <message numerus="yes">
            <source>{train} training and {test} test examples read; training on the first {first} for %n epoch(s)</source>
            <translation>
                <numerusform>{train} exemples d'entraînement et {test} exemples de test lus ; entraînement sur les {first} premiers pendant %n époque</numerusform>
                <numerusform>{train} exemples d'entraînement et {test} exemples de test lus ; entraînement sur les {first} premiers pendant %n époques</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>nnstudio projects (*.nnproj);;All files (*)</source>
            <extracomment>From this width of the screen's free area on (logical pixels), the layer palette and the stack sit side by side; below it, one above the other. Room a dock's tab takes beyond its title's text (margins and frame), in pixels. The layer stack's (and palette's) narrowest first width, when longer words need the room. Room left for the window's title bar when the first size is chosen. File dialogs' filters (translated where used: ``translate("Window", PROJECT_FILTER)``).</extracomment>
            <translation>Projets nnstudio (*.nnproj);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>nnstudio lessons (*.nnlesson);;All files (*)</source>
            <translation>Leçons nnstudio (*.nnlesson);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>First answer the lesson's question, then train.</source>
            <extracomment>Emitted when a run is about to start (passed on from the training controller). The training process (TensorFlow lives there, never in the window's process). "about 38 s to train here", once the Analysis tab has measured it. The run whose replay the Training tab holds (saved beside the project with it). Whether the docks got their first sizes, and whether a saved layout was restored. A run's results, shown when the Results tab is first looked at. A run's network, followed when the Inside tab is first looked at.</extracomment>
            <translation>Réponds d'abord à la question de la leçon, puis entraîne.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>Entraîner</translation>
        </message>
        <message>
            <source>Stop after the current batch, keeping what was learned</source>
            <translation>Arrêter après le lot en cours, en gardant ce qui a été appris</translation>
        </message>
        <message>
            <source>Train this network on its data</source>
            <translation>Entraîner ce réseau sur ses données</translation>
        </message>
        <message>
            <source>Cannot train yet: {reason}</source>
            <translation>Impossible d'entraîner pour l'instant : {reason}</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Training… draw here once it has finished.</source>
            <translation>Entraînement en cours… Tu pourras dessiner ici quand il sera fini.</translation>
        </message>
        <message>
            <source>Training… look inside the network once it has finished.</source>
            <translation>Entraînement en cours… Tu pourras regarder l'intérieur du réseau quand il sera fini.</translation>
        </message>
        <message>
            <source>The project is saved, but its replay could not be written ({error}).</source>
            <translation>Le projet est enregistré, mais sa relecture n'a pas pu être écrite ({error}).</translation>
        </message>
        <message>
            <source>{error} The curves are shown without it.</source>
            <translation>{error} Les courbes sont affichées sans elle.</translation>
        </message>
        <message>
            <source>This run did not leave a network to ask; train again, then draw here.</source>
            <translation>Cet essai n'a pas laissé de réseau à interroger ; entraîne à nouveau, puis dessine ici.</translation>
        </message>
        <message>
            <source>This run did not leave a network to look inside; train again, then look here.</source>
            <translation>Cet essai n'a pas laissé de réseau à explorer ; entraîne à nouveau, puis regarde ici.</translation>
        </message>
        <message>
            <source>Neuron {number}: once training has finished, clicking it shows its arithmetic in the Inside tab.</source>
            <translation>Neurone {number} : une fois l'entraînement fini, clique dessus pour voir son calcul dans l'onglet Intérieur.</translation>
        </message>
        <message>
            <source>Layer palette</source>
            <translation>Palette de couches</translation>
        </message>
        <message>
            <source>Layer stack</source>
            <translation>Pile de couches</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Leçon</translation>
        </message>
        <message>
            <source>Layer settings</source>
            <translation>Réglages de la couche</translation>
        </message>
        <message>
            <source>Loss and optimizer</source>
            <translation>Perte et optimiseur</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Données</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Entraînement</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problèmes</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Keras code</source>
            <translation>Code Keras</translation>
        </message>
        <message>
            <source>Data preview</source>
            <translation>Aperçu des données</translation>
        </message>
        <message>
            <source>Hold training after the current batch, to look closely</source>
            <translation>Mettre l'entraînement en pause après le lot en cours, pour regarder de près</translation>
        </message>
        <message>
            <source>Same start as the last run</source>
            <translation>Même départ que le dernier essai</translation>
        </message>
        <message>
            <source>Train from the starting weights of the last run, for every layer you did not change, so that your change is the only difference between the two runs. A layer whose size changed (and the one after it) starts new.</source>
            <translation>Entraîner à partir des poids de départ du dernier essai, pour chaque couche que tu n'as pas changée, afin que ton changement soit la seule différence entre les deux essais. Une couche dont la taille a changé (et celle qui la suit) repart de zéro.</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Essais</translation>
        </message>
        <message>
            <source>Compare the runs kept with the project, and go back to one</source>
            <translation>Comparer les essais gardés avec le projet, et revenir à l'un d'eux</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Draw a digit</source>
            <translation>Dessiner un chiffre</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>Intérieur</translation>
        </message>
        <message>
            <source>Follow one example through the trained network, down to a neuron's arithmetic</source>
            <translation>Suivre un exemple à travers le réseau entraîné, jusqu'au calcul d'un neurone</translation>
        </message>
        <message>
            <source>&amp;New empty network</source>
            <extracomment>The panels' layout while another tab than Network hides them.</extracomment>
            <translation>&amp;Nouveau réseau vide</translation>
        </message>
        <message>
            <source>Start from an empty layer stack</source>
            <translation>Partir d'une pile de couches vide</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Enregistrer &amp;sous…</translation>
        </message>
        <message>
            <source>Export Keras &amp;script…</source>
            <translation>Exporter un &amp;script Keras…</translation>
        </message>
        <message>
            <source>Write a Python script that builds and trains this network with Keras</source>
            <translation>Écrire un script Python qui construit et entraîne ce réseau avec Keras</translation>
        </message>
        <message>
            <source>Export Jupyter &amp;notebook…</source>
            <translation>Exporter un &amp;notebook Jupyter…</translation>
        </message>
        <message>
            <source>&amp;Import network…</source>
            <translation>&amp;Importer un réseau…</translation>
        </message>
        <message>
            <source>Put a network from a .keras file, a Keras script or a notebook on the canvas</source>
            <translation>Placer sur le canevas un réseau venant d'un fichier .keras, d'un script Keras ou d'un notebook</translation>
        </message>
        <message>
            <source>Export project &amp;folder…</source>
            <translation>Exporter le &amp;dossier du projet…</translation>
        </message>
        <message>
            <source>A folder with the script, the notebook, the data and requirements.txt, ready to copy to another computer and run offline</source>
            <translation>Un dossier avec le script, le notebook, les données et requirements.txt, prêt à copier sur un autre ordinateur et à exécuter hors ligne</translation>
        </message>
        <message>
            <source>Save trained &amp;model…</source>
            <translation>Enregistrer le &amp;modèle entraîné…</translation>
        </message>
        <message>
            <source>Save the trained network as a Keras .keras file (keras.models.load_model reads it)</source>
            <translation>Enregistrer le réseau entraîné dans un fichier Keras .keras (keras.models.load_model sait le lire)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;About nnstudio</source>
            <translation>À &amp;propos de nnstudio</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>Ouvrir le dossier des &amp;journaux</translation>
        </message>
        <message>
            <source>&amp;Reset layout</source>
            <translation>&amp;Réinitialiser la disposition</translation>
        </message>
        <message>
            <source>&amp;Presentation</source>
            <translation>&amp;Présentation</translation>
        </message>
        <message>
            <source>Full screen, larger text, thicker lines and bigger markers, for a projector</source>
            <translation>Plein écran, texte plus grand, traits plus épais et marqueurs plus gros, pour un vidéoprojecteur</translation>
        </message>
        <message>
            <source>&amp;Start page…</source>
            <translation>Page d'&amp;accueil…</translation>
        </message>
        <message>
            <source>The built-in lessons and challenges, with their level and minutes</source>
            <translation>Les leçons et défis intégrés, avec leur niveau et leur durée en minutes</translation>
        </message>
        <message>
            <source>Open &amp;lesson…</source>
            <translation>Ouvrir une &amp;leçon…</translation>
        </message>
        <message>
            <source>Start a lesson or a challenge from a teacher's .nnlesson file</source>
            <translation>Commencer une leçon ou un défi à partir d'un fichier .nnlesson écrit par un professeur</translation>
        </message>
        <message>
            <source>&amp;Continue the lesson</source>
            <translation>&amp;Continuer la leçon</translation>
        </message>
        <message>
            <source>Show the lesson this project belongs to again</source>
            <translation>Afficher à nouveau la leçon à laquelle appartient ce projet</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>New from &amp;template</source>
            <translation>Nouveau à partir d'un &amp;modèle de départ</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>Ouvrir un fichier &amp;récent</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>&amp;Taille du texte</translation>
        </message>
        <message>
            <source>&amp;Learn</source>
            <translation>A&amp;pprendre</translation>
        </message>
        <message>
            <source>{lesson} ({minutes} min)</source>
            <translation>{lesson} ({minutes} min)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>pas encore enregistré</translation>
        </message>
        <message>
            <source>{project} ({where})[*] — nnstudio</source>
            <translation>{project} ({where})[*] — nnstudio</translation>
        </message>
        <message>
            <source>{total:,} weights and biases to learn, {expected_time}</source>
            <translation>{total:,} poids et biais à apprendre, {expected_time}</translation>
        </message>
        <message>
            <source>{total:,} weights and biases to learn</source>
            <translation>{total:,} poids et biais à apprendre</translation>
        </message>
        <message>
            <source>{total:,} weights and biases so far (some shapes unknown)</source>
            <translation>{total:,} poids et biais pour l'instant (certaines formes sont inconnues)</translation>
        </message>
        <message>
            <source>&amp;Colours</source>
            <translation>&amp;Couleurs</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>As the computer (system)</source>
            <translation>Comme l'ordinateur (système)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The language can change when this run has ended. Stop it or let it finish, then choose the language again.</source>
            <translation>La langue pourra changer quand cet essai sera terminé. Arrête-le ou laisse-le finir, puis choisis à nouveau la langue.</translation>
        </message>
        <message>
            <source>Presentation: press F11 or Esc to end it.</source>
            <translation>Présentation : appuie sur F11 ou Échap pour en sortir.</translation>
        </message>
        <message>
            <source>The lesson kept in this project cannot be read; the project opens without it.</source>
            <translation>La leçon gardée dans ce projet ne peut pas être lue ; le projet s'ouvre sans elle.</translation>
        </message>
        <message>
            <source>This project was made in the lesson “{title}”, which this nnstudio does not have.</source>
            <translation>Ce projet a été créé dans la leçon « {title} », que cette version de nnstudio n'a pas.</translation>
        </message>
        <message>
            <source>Lesson: {title}. Read the Lesson panel.</source>
            <translation>Leçon : {title}. Lis le panneau Leçon.</translation>
        </message>
        <message>
            <source>Open a lesson</source>
            <translation>Ouvrir une leçon</translation>
        </message>
        <message>
            <source>Cannot open the lesson</source>
            <translation>Impossible d'ouvrir la leçon</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Save the changes to “{project}” first?</source>
            <translation>Enregistrer d'abord les modifications de « {project} » ?</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <source>Open a project</source>
            <translation>Ouvrir un projet</translation>
        </message>
        <message>
            <source>Cannot open the project</source>
            <translation>Impossible d'ouvrir le projet</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>Enregistrer le projet</translation>
        </message>
        <message>
            <source>Cannot save the project</source>
            <translation>Impossible d'enregistrer le projet</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} enregistré</translation>
        </message>
        <message>
            <source>Save the trained network</source>
            <translation>Enregistrer le réseau entraîné</translation>
        </message>
        <message>
            <source>Keras models (*.keras)</source>
            <translation>Modèles Keras (*.keras)</translation>
        </message>
        <message>
            <source>Jupyter notebook (*.ipynb)</source>
            <translation>Notebook Jupyter (*.ipynb)</translation>
        </message>
        <message>
            <source>Python script (*.py)</source>
            <translation>Script Python (*.py)</translation>
        </message>
        <message>
            <source>Export Keras code</source>
            <translation>Exporter le code Keras</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Impossible d'exporter</translation>
        </message>
        <message>
            <source>Exported {path}</source>
            <translation>{path} exporté</translation>
        </message>
        <message>
            <source>Import a network</source>
            <translation>Importer un réseau</translation>
        </message>
        <message>
            <source>Keras networks (*.keras *.py *.ipynb);;All files (*)</source>
            <translation>Réseaux Keras (*.keras *.py *.ipynb);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Rien n'a été importé</translation>
        </message>
        <message>
            <source>Imported {file}. {notes}</source>
            <translation>{file} importé. {notes}</translation>
        </message>
        <message>
            <source>Imported {file}.</source>
            <translation>{file} importé.</translation>
        </message>
        <message>
            <source>Export the project folder into…</source>
            <translation>Exporter le dossier du projet dans…</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>Aucun projet récent</translation>
        </message>
        <message>
            <source>About nnstudio</source>
            <translation>À propos de nnstudio</translation>
        </message>
        <message>
            <source>&lt;p&gt;Learn neural networks by building them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Apprends les réseaux de neurones en les construisant.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The MNIST database of handwritten digits is by Yann LeCun and Corinna Cortes (with Christopher J.C. Burges), made available under the Creative Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0); a copy ships with nnstudio.&lt;/p&gt;</source>
            <translation>&lt;p&gt;La base de données MNIST de chiffres manuscrits est l'œuvre de Yann LeCun et Corinna Cortes (avec Christopher J.C. Burges), mise à disposition sous la licence Creative Commons Attribution - Partage dans les mêmes conditions 3.0 (CC BY-SA 3.0) ; une copie est fournie avec nnstudio.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Built with Qt (PySide6), pyqtgraph, numpy, TensorFlow and Keras.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Construit avec Qt (PySide6), pyqtgraph, numpy, TensorFlow et Keras.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Settings and logs: {folder}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Réglages et journaux : {folder}&lt;/p&gt;</translation>
        </message>
    </context>
</TS>
