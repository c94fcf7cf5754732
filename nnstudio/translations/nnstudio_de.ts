<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AnalysisTab</name>
        <message>
            <source>Layer</source>
            <extracomment>Measures a project's training speed here (the training process's ``measure``).</extracomment>
            <translation>Schicht</translation>
        </message>
        <message>
            <source>Output shape</source>
            <translation>Ausgabeform</translation>
        </message>
        <message>
            <source>Outputs per example</source>
            <translation>Ausgaben pro Beispiel</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Memory for training</source>
            <translation>Speicher fürs Training</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({error}).</source>
            <translation>Etwas Unerwartetes ist schiefgegangen ({error}).</translation>
        </message>
        <message>
            <source>Each layer's outputs, parameters and memory</source>
            <extracomment>(text) the expected training time for the summary line, or "" when not measured. The last measurement and the settings it was made with.</extracomment>
            <translation>Ausgaben, Parameter und Speicher jeder Schicht</translation>
        </message>
        <message>
            <source>One row per layer: its output shape, the numbers it outputs for one example, its parameters and the memory training needs</source>
            <translation>Eine Zeile pro Schicht: ihre Ausgabeform, die Zahlen, die sie für ein Beispiel ausgibt, ihre Parameter und der Speicher, den das Training braucht</translation>
        </message>
        <message>
            <source>Measure the time on this computer</source>
            <translation>Zeit auf diesem Computer messen</translation>
        </message>
        <message>
            <source>Train for a few seconds in the training process and time the steps, to tell how long an epoch and the whole run will take here</source>
            <translation>Ein paar Sekunden im Trainingsprozess trainieren und die Schritte stoppen, um abzuschätzen, wie lange eine Epoche und der ganze Durchlauf hier dauern</translation>
        </message>
        <message>
            <source>{params} parameters in all; training in batches of {batch_size} needs about {memory}.</source>
            <translation>{params} Parameter insgesamt; das Training in Batches zu {batch_size} braucht etwa {memory}.</translation>
        </message>
        <message numerus="yes">
            <source>The memory counts the weights, their gradients and %n number(s) per weight for the optimizer, and every output kept for learning, in 4-byte numbers; TensorFlow itself needs more.</source>
            <translation>
                <numerusform>Der Speicher zählt die Gewichte, ihre Gradienten und %n Zahl pro Gewicht für den Optimierer sowie jede Ausgabe, die fürs Lernen aufbewahrt wird, jeweils als 4-Byte-Zahlen; TensorFlow selbst braucht noch mehr.</numerusform>
                <numerusform>Der Speicher zählt die Gewichte, ihre Gradienten und %n Zahlen pro Gewicht für den Optimierer sowie jede Ausgabe, die fürs Lernen aufbewahrt wird, jeweils als 4-Byte-Zahlen; TensorFlow selbst braucht noch mehr.</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed since it was measured: measure again.</source>
            <translation>Seit der Messung geändert: Miss noch einmal.</translation>
        </message>
        <message numerus="yes">
            <source>{count} step(s)</source>
            <translation>
                <numerusform>{count} Schritt</numerusform>
                <numerusform>{count} Schritte</numerusform>
            </translation>
        </message>
        <message>
            <source>Measured here: {step} a step, so about &lt;b&gt;{epoch} an epoch&lt;/b&gt; of {steps} and &lt;b&gt;{whole} for {epochs} epochs&lt;/b&gt; (starting up: {start}).</source>
            <translation>Hier gemessen: {step} pro Schritt, also etwa &lt;b&gt;{epoch} pro Epoche&lt;/b&gt; ({steps}) und &lt;b&gt;{whole} für {epochs} Epochen&lt;/b&gt; (Start: {start}).</translation>
        </message>
        <message>
            <source>about {duration} to train here</source>
            <translation>hier etwa {duration} Training</translation>
        </message>
        <message>
            <source>Measuring: a short run in the training process…</source>
            <translation>Messung läuft: ein kurzer Durchlauf im Trainingsprozess …</translation>
        </message>
        <message>
            <source>Could not measure: {error}</source>
            <translation>Messung nicht möglich: {error}</translation>
        </message>
    </context>
    <context>
        <name>Argparse</name>
        <message>
            <source>usage: </source>
            <extracomment>argparse's own words that a student meets (Python's, in English only): usage, the headings, the -h help and the refusals of a wrong command line.</extracomment>
            <translation>Aufruf: </translation>
        </message>
        <message>
            <source>options</source>
            <translation>Optionen</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>Positionsargumente</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>diese Hilfe anzeigen und beenden</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: Fehler: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>Argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>die folgenden Argumente sind erforderlich: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ungültige Auswahl: %(value)r (wähle aus %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ungültiger %(type)s-Wert: %(value)r</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unbekannte Argumente: %s</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>ein Argument erwartet</translation>
        </message>
        <message>
            <source>expected at least one argument</source>
            <translation>mindestens ein Argument erwartet</translation>
        </message>
        <message>
            <source>expected at most one argument</source>
            <translation>höchstens ein Argument erwartet</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>mehrdeutige Option: %(option)s könnte %(matches)s bedeuten</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>eines der Argumente %s ist erforderlich</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>nicht zusammen mit Argument %s erlaubt</translation>
        </message>
    </context>
    <context>
        <name>AtomicWrite</name>
        <message>
            <source>Could not write to the folder {folder}: {error}.</source>
            <extracomment>A temporary file this much older than its last write belongs to no save still running: a save writes its temporary file in one go, then renames it, within seconds.</extracomment>
            <translation>In den Ordner {folder} konnte nicht geschrieben werden: {error}.</translation>
        </message>
        <message>
            <source>Could not save {path}: {error}.</source>
            <translation>{path} konnte nicht gespeichert werden: {error}.</translation>
        </message>
    </context>
    <context>
        <name>Captions</name>
        <message>
            <source>Layer {number} ({kind})</source>
            <extracomment>{kind} is the layer's Keras name ("Dense", "Conv2D").</extracomment>
            <translation>Schicht {number} ({kind})</translation>
        </message>
        <message numerus="yes">
            <source>Layer {number} ({kind}, %n neuron(s))</source>
            <translation>
                <numerusform>Schicht {number} ({kind}, %n Neuron)</numerusform>
                <numerusform>Schicht {number} ({kind}, %n Neuronen)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <extracomment>A part of a layer's summary in the layer stack ("128 units, ReLU").</extracomment>
            <translation>
                <numerusform>%n Neuron</numerusform>
                <numerusform>%n Neuronen</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} units</source>
            <translation>{value} Neuronen</translation>
        </message>
        <message numerus="yes">
            <source>%n filter(s)</source>
            <translation>
                <numerusform>%n Filter</numerusform>
                <numerusform>%n Filter</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} filters</source>
            <translation>{value} Filter</translation>
        </message>
        <message>
            <source>shape from the data</source>
            <translation>Form aus den Daten</translation>
        </message>
        <message>
            <source>shape {dims}</source>
            <translation>Form {dims}</translation>
        </message>
        <message>
            <source>to {dims}</source>
            <extracomment>A Reshape layer's summary: the shape it makes ("to 28×28×1").</extracomment>
            <translation>auf {dims}</translation>
        </message>
        <message>
            <source>{size} window</source>
            <extracomment>{size} is the window's width and height ("3×3").</extracomment>
            <translation>Fenster {size}</translation>
        </message>
        <message>
            <source>stride {value}</source>
            <translation>Schrittweite {value}</translation>
        </message>
        <message>
            <source>same padding</source>
            <extracomment>'same' is the Keras name of this padding, which pads the edges with zeros.</extracomment>
            <translation>Padding 'same'</translation>
        </message>
        <message>
            <source>rate {value}</source>
            <translation>Rate {value}</translation>
        </message>
        <message>
            <source>momentum {value}</source>
            <translation>Momentum {value}</translation>
        </message>
        <message>
            <source>every step</source>
            <extracomment>A recurrent layer that outputs one vector for every time step.</extracomment>
            <translation>jeder Zeitschritt</translation>
        </message>
        <message>
            <source>no settings</source>
            <translation>keine Einstellungen</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Verlust</translation>
        </message>
        <message>
            <source>test {metric} {value:.4f}</source>
            <extracomment>One number of the final test: "test loss 0.0837", "test binary accuracy 1.0000".</extracomment>
            <translation>{metric} im Test {value:.4f}</translation>
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
            <translation>Lässt positive Werte unverändert durch und macht aus negativen Werten 0; einfach, schnell und die übliche Wahl für verborgene Schichten.</translation>
        </message>
        <message>
            <source>Sigmoid</source>
            <translation>Sigmoid</translation>
        </message>
        <message>
            <source>Squashes any number into the range 0 to 1, so a single output unit can say how likely the answer is 'yes'.</source>
            <translation>Presst jede Zahl in den Bereich von 0 bis 1, sodass ein einzelnes Ausgabeneuron sagen kann, wie wahrscheinlich die Antwort „ja“ ist.</translation>
        </message>
        <message>
            <source>Tanh</source>
            <translation>Tanh</translation>
        </message>
        <message>
            <source>Squashes any number into the range -1 to 1, centred on 0; a classic choice for hidden layers.</source>
            <translation>Presst jede Zahl in den Bereich von -1 bis 1, mit 0 in der Mitte; eine klassische Wahl für verborgene Schichten.</translation>
        </message>
        <message>
            <source>Softmax</source>
            <translation>Softmax</translation>
        </message>
        <message>
            <source>Turns the layer's outputs into probabilities that are all positive and sum to 1, one per class, so the biggest one is the network's answer.</source>
            <translation>Macht aus den Ausgaben der Schicht Wahrscheinlichkeiten, die alle positiv sind und zusammen 1 ergeben, eine pro Klasse; die größte ist die Antwort des Netzes.</translation>
        </message>
        <message>
            <source>Linear (none)</source>
            <extracomment>Short captions drop the note in brackets ("Activation: Linear"), so keep the note last, in brackets.</extracomment>
            <translation>Linear (keine)</translation>
        </message>
        <message>
            <source>Leaves the numbers as they are: no activation at all.</source>
            <translation>Lässt die Zahlen, wie sie sind: gar keine Aktivierungsfunktion.</translation>
        </message>
        <message>
            <source>ELU</source>
            <translation>ELU</translation>
        </message>
        <message>
            <source>Like ReLU for positive values, but negative values curve smoothly down towards -1 instead of stopping at 0.</source>
            <translation>Wie ReLU bei positiven Werten, aber negative Werte biegen sich sanft nach unten in Richtung -1, statt bei 0 stehen zu bleiben.</translation>
        </message>
        <message>
            <source>SELU</source>
            <translation>SELU</translation>
        </message>
        <message>
            <source>A scaled ELU that keeps the signal's mean and spread steady through many layers (pair it with lecun_normal initialisation).</source>
            <translation>Eine skalierte Version von ELU, die Mittelwert und Streuung des Signals über viele Schichten hinweg stabil hält (kombiniere sie mit der Initialisierung lecun_normal).</translation>
        </message>
        <message>
            <source>GELU</source>
            <translation>GELU</translation>
        </message>
        <message>
            <source>A smooth version of ReLU that lets small negative values through a little; used in modern language models.</source>
            <translation>Eine glatte Version von ReLU, die kleine negative Werte ein wenig durchlässt; wird in modernen Sprachmodellen verwendet.</translation>
        </message>
        <message>
            <source>Leaky ReLU</source>
            <translation>Leaky ReLU</translation>
        </message>
        <message>
            <source>Like ReLU, but negative values are multiplied by a small number instead of becoming 0, so neurons never go completely silent.</source>
            <translation>Wie ReLU, aber negative Werte werden mit einer kleinen Zahl multipliziert, statt 0 zu werden; so verstummen Neuronen nie ganz.</translation>
        </message>
        <message>
            <source>Softplus</source>
            <translation>Softplus</translation>
        </message>
        <message>
            <source>A smooth curve that looks like ReLU but has no sharp corner at 0.</source>
            <translation>Eine glatte Kurve, die wie ReLU aussieht, aber bei 0 keinen scharfen Knick hat.</translation>
        </message>
        <message>
            <source>Swish</source>
            <translation>Swish</translation>
        </message>
        <message>
            <source>Multiplies a value by its own sigmoid: smooth, and often a little better than ReLU in deep networks.</source>
            <translation>Multipliziert einen Wert mit seinem eigenen Sigmoid: glatt und in tiefen Netzen oft etwas besser als ReLU.</translation>
        </message>
        <message>
            <source>Glorot uniform</source>
            <translation>Glorot (gleichverteilt)</translation>
        </message>
        <message>
            <source>Random starting weights whose spread depends on how many inputs and outputs the layer has; Keras's default and a good match for tanh and sigmoid.</source>
            <translation>Zufällige Startgewichte, deren Streuung davon abhängt, wie viele Eingänge und Ausgänge die Schicht hat; die Voreinstellung von Keras und passend zu tanh und sigmoid.</translation>
        </message>
        <message>
            <source>Glorot normal</source>
            <translation>Glorot (normalverteilt)</translation>
        </message>
        <message>
            <source>Like Glorot uniform, but drawn from a bell curve.</source>
            <translation>Wie Glorot (gleichverteilt), aber aus einer Glockenkurve gezogen.</translation>
        </message>
        <message>
            <source>He uniform</source>
            <translation>He (gleichverteilt)</translation>
        </message>
        <message>
            <source>Random starting weights scaled for ReLU layers, so the signal neither fades nor explodes.</source>
            <translation>Zufällige Startgewichte, passend skaliert für ReLU-Schichten, damit das Signal weder verblasst noch explodiert.</translation>
        </message>
        <message>
            <source>He normal</source>
            <translation>He (normalverteilt)</translation>
        </message>
        <message>
            <source>Like He uniform, but drawn from a bell curve.</source>
            <translation>Wie He (gleichverteilt), aber aus einer Glockenkurve gezogen.</translation>
        </message>
        <message>
            <source>LeCun uniform</source>
            <translation>LeCun (gleichverteilt)</translation>
        </message>
        <message>
            <source>Random starting weights scaled by the number of inputs only.</source>
            <translation>Zufällige Startgewichte, nur nach der Anzahl der Eingänge skaliert.</translation>
        </message>
        <message>
            <source>LeCun normal</source>
            <translation>LeCun (normalverteilt)</translation>
        </message>
        <message>
            <source>Like LeCun uniform, but drawn from a bell curve; the partner of SELU.</source>
            <translation>Wie LeCun (gleichverteilt), aber aus einer Glockenkurve gezogen; der Partner von SELU.</translation>
        </message>
        <message>
            <source>Random normal</source>
            <translation>Zufällig (normalverteilt)</translation>
        </message>
        <message>
            <source>Small random numbers from a bell curve with spread 0.05.</source>
            <translation>Kleine Zufallszahlen aus einer Glockenkurve mit der Streuung 0.05.</translation>
        </message>
        <message>
            <source>Random uniform</source>
            <translation>Zufällig (gleichverteilt)</translation>
        </message>
        <message>
            <source>Small random numbers between -0.05 and 0.05.</source>
            <translation>Kleine Zufallszahlen zwischen -0.05 und 0.05.</translation>
        </message>
        <message>
            <source>Zeros</source>
            <translation>Nullen</translation>
        </message>
        <message>
            <source>Every weight starts at 0; fine for biases, but a layer of weights that all start equal can never learn different things.</source>
            <translation>Jedes Gewicht startet bei 0; gut für Bias-Werte, aber eine Schicht, deren Gewichte alle gleich starten, kann nie verschiedene Dinge lernen.</translation>
        </message>
        <message>
            <source>Ones</source>
            <translation>Einsen</translation>
        </message>
        <message>
            <source>Every weight starts at 1.</source>
            <translation>Jedes Gewicht startet bei 1.</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Neuronen</translation>
        </message>
        <message>
            <source>How many neurons the layer has, which is also how many numbers it outputs.</source>
            <translation>Wie viele Neuronen die Schicht hat; so viele Zahlen gibt sie auch aus.</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>Aktivierungsfunktion</translation>
        </message>
        <message>
            <source>The function each neuron applies to its weighted sum before passing it on.</source>
            <translation>Die Funktion, die jedes Neuron auf seine gewichtete Summe anwendet, bevor es sie weitergibt.</translation>
        </message>
        <message>
            <source>Use bias</source>
            <translation>Bias verwenden</translation>
        </message>
        <message>
            <source>Whether each neuron also learns a bias, a number added to its weighted sum.</source>
            <translation>Ob jedes Neuron auch einen Bias lernt, eine Zahl, die zu seiner gewichteten Summe addiert wird.</translation>
        </message>
        <message>
            <source>Weight initializer</source>
            <translation>Gewichts-Initialisierung</translation>
        </message>
        <message>
            <source>How the weights are set before training starts.</source>
            <translation>Wie die Gewichte gesetzt werden, bevor das Training beginnt.</translation>
        </message>
        <message>
            <source>Bias initializer</source>
            <translation>Bias-Initialisierung</translation>
        </message>
        <message>
            <source>How the biases are set before training starts.</source>
            <translation>Wie die Bias-Werte gesetzt werden, bevor das Training beginnt.</translation>
        </message>
        <message>
            <source>Padding</source>
            <translation>Padding</translation>
        </message>
        <message>
            <source>'valid' only looks where the window fits, so the picture shrinks; 'same' pads the edges with zeros so it keeps its size.</source>
            <translation>'valid' schaut nur dorthin, wo das Fenster ganz hineinpasst, also schrumpft das Bild; 'same' füllt die Ränder mit Nullen auf, sodass es seine Größe behält.</translation>
        </message>
        <message>
            <source>Return sequences</source>
            <translation>Sequenzen zurückgeben</translation>
        </message>
        <message>
            <source>Output one vector per time step (to feed another recurrent layer) instead of only the last one.</source>
            <translation>Einen Vektor pro Zeitschritt ausgeben (um eine weitere rekurrente Schicht zu füttern) statt nur den letzten.</translation>
        </message>
        <message>
            <source>Core</source>
            <translation>Grundlagen</translation>
        </message>
        <message>
            <source>Convolution</source>
            <translation>Faltung</translation>
        </message>
        <message>
            <source>Recurrent</source>
            <translation>Rekurrent</translation>
        </message>
        <message>
            <source>Regularisation</source>
            <translation>Regularisierung</translation>
        </message>
        <message>
            <source>Input</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Input</translation>
        </message>
        <message>
            <source>Where the data enters the network; its shape is the shape of one example.</source>
            <translation>Hier kommen die Daten ins Netz; ihre Form ist die Form eines Beispiels.</translation>
        </message>
        <message>
            <source>Shape</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>The shape of one example, such as 28, 28 for an MNIST digit or 2 for an XOR row; leave it empty to take it from the data.</source>
            <translation>Die Form eines Beispiels, etwa 28, 28 für eine MNIST-Ziffer oder 2 für eine XOR-Zeile; lass sie leer, um sie aus den Daten zu übernehmen.</translation>
        </message>
        <message>
            <source>from the data</source>
            <extracomment>What an empty setting means, shown after "empty means:".</extracomment>
            <translation>aus den Daten</translation>
        </message>
        <message>
            <source>Flatten</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Flatten</translation>
        </message>
        <message>
            <source>Lays a picture (or any grid) out as one long row of numbers, so a Dense layer can read it; it learns nothing.</source>
            <translation>Legt ein Bild (oder ein anderes Gitter) als eine lange Zahlenreihe aus, damit eine Dense-Schicht es lesen kann; dabei wird nichts gelernt.</translation>
        </message>
        <message>
            <source>Dense</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Dense</translation>
        </message>
        <message>
            <source>A fully connected layer: every neuron looks at every input, multiplies each by a weight, adds them up with a bias and applies the activation.</source>
            <translation>Eine vollständig verbundene Schicht: Jedes Neuron schaut auf jede Eingabe, multipliziert jede mit einem Gewicht, addiert alles zusammen mit einem Bias und wendet die Aktivierungsfunktion an.</translation>
        </message>
        <message>
            <source>{label} {units}, {activation}</source>
            <extracomment>A layer's short caption in the network diagram ("Dense 128, ReLU"): {label} is the layer's name, the other names in braces its settings (keep them as they are).</extracomment>
            <translation>{label} {units}, {activation}</translation>
        </message>
        <message>
            <source>Applies an activation function on its own, as a separate step.</source>
            <translation>Wendet eine Aktivierungsfunktion für sich allein an, als eigenen Schritt.</translation>
        </message>
        <message>
            <source>{label}: {activation}</source>
            <extracomment>A layer's short caption in the network diagram; keep the names in braces.</extracomment>
            <translation>{label}: {activation}</translation>
        </message>
        <message>
            <source>Reshape</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Reshape</translation>
        </message>
        <message>
            <source>Rearranges the numbers into a new shape with the same count, for example 784 into 28, 28, 1 so a Conv2D layer can read it.</source>
            <translation>Ordnet die Zahlen in eine neue Form mit derselben Anzahl um, zum Beispiel 784 in 28, 28, 1, damit eine Conv2D-Schicht sie lesen kann.</translation>
        </message>
        <message>
            <source>Target shape</source>
            <translation>Zielform</translation>
        </message>
        <message>
            <source>The new shape of one example; one entry may be -1 to fill in the rest.</source>
            <translation>Die neue Form eines Beispiels; ein Eintrag darf -1 sein, um den Rest aufzufüllen.</translation>
        </message>
        <message>
            <source>Dropout</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Dropout</translation>
        </message>
        <message>
            <source>During training, switches off a random share of its inputs at each step so the network cannot rely on any single neuron; it does nothing when predicting.</source>
            <translation>Schaltet während des Trainings bei jedem Schritt einen zufälligen Anteil ihrer Eingaben ab, damit sich das Netz auf kein einzelnes Neuron verlassen kann; bei Vorhersagen tut sie nichts.</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>The share of inputs switched off at each training step, from 0 (none) up to, but not including, 1 (all).</source>
            <translation>Der Anteil der Eingaben, der bei jedem Trainingsschritt abgeschaltet wird, von 0 (keine) bis knapp unter 1 (alle).</translation>
        </message>
        <message>
            <source>{label} {rate}</source>
            <extracomment>A layer's short caption in the network diagram; keep the names in braces.</extracomment>
            <translation>{label} {rate}</translation>
        </message>
        <message>
            <source>Batch normalization</source>
            <translation>Batch-Normalisierung</translation>
        </message>
        <message>
            <source>Rescales its inputs to a steady mean and spread during training, which often lets a network learn faster.</source>
            <translation>Bringt ihre Eingaben während des Trainings auf einen stabilen Mittelwert und eine stabile Streuung; so lernt ein Netz oft schneller.</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>Momentum</translation>
        </message>
        <message>
            <source>How slowly the running mean and spread follow each new batch.</source>
            <translation>Wie langsam der laufende Mittelwert und die Streuung jedem neuen Batch folgen.</translation>
        </message>
        <message>
            <source>Epsilon</source>
            <translation>Epsilon</translation>
        </message>
        <message>
            <source>A tiny number added to avoid dividing by zero.</source>
            <translation>Eine winzige Zahl, die dazuaddiert wird, damit nie durch null geteilt wird.</translation>
        </message>
        <message>
            <source>Conv2D</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>Conv2D</translation>
        </message>
        <message>
            <source>Slides small learned filters over a picture and records where each filter finds its pattern (edges, curves, corners).</source>
            <translation>Schiebt kleine gelernte Filter über ein Bild und merkt sich, wo jeder Filter sein Muster findet (Kanten, Bögen, Ecken).</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>How many different patterns the layer learns to look for.</source>
            <translation>Nach wie vielen verschiedenen Mustern die Schicht suchen lernt.</translation>
        </message>
        <message>
            <source>Kernel size</source>
            <translation>Kernelgröße</translation>
        </message>
        <message>
            <source>The width and height of each filter, in pixels.</source>
            <translation>Breite und Höhe jedes Filters, in Pixeln.</translation>
        </message>
        <message>
            <source>Stride</source>
            <translation>Schrittweite</translation>
        </message>
        <message>
            <source>How many pixels the filter moves at each step.</source>
            <translation>Um wie viele Pixel sich der Filter bei jedem Schritt weiterbewegt.</translation>
        </message>
        <message>
            <source>pictures with channels (height, width, channels)</source>
            <extracomment>Completes "it needs …, that is 3 numbers per shape."</extracomment>
            <translation>Bilder mit Kanälen (Höhe, Breite, Kanäle)</translation>
        </message>
        <message>
            <source>{label} {filters}, {kernel_size}×{kernel_size}, {activation}</source>
            <extracomment>A layer's short caption in the network diagram; keep the names in braces.</extracomment>
            <translation>{label} {filters}, {kernel_size}×{kernel_size}, {activation}</translation>
        </message>
        <message>
            <source>Max pooling 2D</source>
            <translation>Max-Pooling 2D</translation>
        </message>
        <message>
            <source>Shrinks a picture by keeping only the largest value in each small window.</source>
            <translation>Verkleinert ein Bild, indem in jedem kleinen Fenster nur der größte Wert behalten wird.</translation>
        </message>
        <message>
            <source>Pool size</source>
            <translation>Pool-Größe</translation>
        </message>
        <message>
            <source>The width and height of the window.</source>
            <translation>Breite und Höhe des Fensters.</translation>
        </message>
        <message>
            <source>How many pixels the window moves at each step; empty means the pool size.</source>
            <translation>Um wie viele Pixel sich das Fenster bei jedem Schritt weiterbewegt; leer bedeutet: so viel wie die Pool-Größe.</translation>
        </message>
        <message>
            <source>same as the pool size</source>
            <extracomment>What an empty setting means, shown after "empty means:".</extracomment>
            <translation>wie die Pool-Größe</translation>
        </message>
        <message>
            <source>Max pooling {pool_size}×{pool_size}</source>
            <extracomment>A layer's short caption in the network diagram; keep the names in braces.</extracomment>
            <translation>Max-Pooling {pool_size}×{pool_size}</translation>
        </message>
        <message>
            <source>Simple RNN</source>
            <translation>Einfaches RNN</translation>
        </message>
        <message>
            <source>Reads a sequence one step at a time, carrying a memory from each step to the next.</source>
            <translation>Liest eine Sequenz Schritt für Schritt und trägt dabei ein Gedächtnis von einem Schritt zum nächsten.</translation>
        </message>
        <message>
            <source>sequences (time steps, features)</source>
            <extracomment>Completes "it needs …, that is 2 numbers per shape."</extracomment>
            <translation>Sequenzen (Zeitschritte, Merkmale)</translation>
        </message>
        <message>
            <source>LSTM</source>
            <extracomment>The Keras layer's name, which the exported code uses too.</extracomment>
            <translation>LSTM</translation>
        </message>
        <message>
            <source>A recurrent layer with gates that decide what to remember and what to forget, so it can follow long sequences.</source>
            <translation>Eine rekurrente Schicht mit Toren (Gates), die entscheiden, was behalten und was vergessen wird; so kann sie auch langen Sequenzen folgen.</translation>
        </message>
        <message>
            <source>Gate activation</source>
            <translation>Gate-Aktivierungsfunktion</translation>
        </message>
        <message>
            <source>The function the gates use to decide how much to let through.</source>
            <translation>Die Funktion, mit der die Gates entscheiden, wie viel sie durchlassen.</translation>
        </message>
        <message>
            <source>Categorical cross-entropy</source>
            <translation>Kategoriale Kreuzentropie</translation>
        </message>
        <message>
            <source>For choosing one class out of several: punishes the network for giving the right class a low probability. Labels are one-hot (a 1 in the class's column).</source>
            <translation>Um eine Klasse aus mehreren zu wählen: bestraft das Netz, wenn es der richtigen Klasse eine niedrige Wahrscheinlichkeit gibt. Die Labels sind One-hot (eine 1 in der Spalte der Klasse).</translation>
        </message>
        <message>
            <source>Sparse categorical cross-entropy</source>
            <translation>Sparse kategoriale Kreuzentropie</translation>
        </message>
        <message>
            <source>The same as categorical cross-entropy, but the labels are plain class numbers (0 to 9 for digits) instead of one-hot rows.</source>
            <translation>Dasselbe wie die kategoriale Kreuzentropie, aber die Labels sind einfache Klassennummern (0 bis 9 bei Ziffern) statt One-hot-Zeilen.</translation>
        </message>
        <message>
            <source>Binary cross-entropy</source>
            <translation>Binäre Kreuzentropie</translation>
        </message>
        <message>
            <source>For yes/no answers from a single sigmoid unit: punishes confident wrong answers hard.</source>
            <translation>Für Ja/Nein-Antworten von einem einzelnen Sigmoid-Neuron: bestraft selbstsichere falsche Antworten hart.</translation>
        </message>
        <message>
            <source>Mean squared error</source>
            <translation>Mittlerer quadratischer Fehler</translation>
        </message>
        <message>
            <source>The average of the squared differences between the output and the target; big mistakes count much more than small ones.</source>
            <translation>Der Durchschnitt der quadrierten Unterschiede zwischen Ausgabe und Zielwert; große Fehler zählen viel mehr als kleine.</translation>
        </message>
        <message>
            <source>Mean absolute error</source>
            <translation>Mittlerer absoluter Fehler</translation>
        </message>
        <message>
            <source>The average size of the differences between the output and the target.</source>
            <translation>Die durchschnittliche Größe der Unterschiede zwischen Ausgabe und Zielwert.</translation>
        </message>
        <message>
            <source>Hinge</source>
            <translation>Hinge</translation>
        </message>
        <message>
            <source>The loss of support vector machines: it only cares whether the answer is on the right side of the boundary by a safe margin.</source>
            <translation>Die Verlustfunktion von Support Vector Machines: Ihr ist nur wichtig, ob die Antwort mit genügend Sicherheitsabstand auf der richtigen Seite der Grenze liegt.</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <source>The share of examples the network gets right; Keras picks the right way to count it for the loss you chose.</source>
            <translation>Der Anteil der Beispiele, die das Netz richtig hat; Keras wählt selbst die passende Art zu zählen für die Verlustfunktion, die du gewählt hast.</translation>
        </message>
        <message>
            <source>Binary accuracy</source>
            <translation>Binäre Genauigkeit</translation>
        </message>
        <message>
            <source>The share of yes/no answers that are right, counting an output above 0.5 as 'yes'.</source>
            <translation>Der Anteil der richtigen Ja/Nein-Antworten; eine Ausgabe über 0.5 zählt als „ja“.</translation>
        </message>
        <message>
            <source>Categorical accuracy</source>
            <translation>Kategoriale Genauigkeit</translation>
        </message>
        <message>
            <source>The share of examples whose biggest output is the right class (one-hot labels).</source>
            <translation>Der Anteil der Beispiele, deren größte Ausgabe die richtige Klasse ist (One-hot-Labels).</translation>
        </message>
        <message>
            <source>Sparse categorical accuracy</source>
            <translation>Sparse kategoriale Genauigkeit</translation>
        </message>
        <message>
            <source>The share of examples whose biggest output is the right class (class-number labels).</source>
            <translation>Der Anteil der Beispiele, deren größte Ausgabe die richtige Klasse ist (Klassennummern als Labels).</translation>
        </message>
        <message>
            <source>The average squared difference between output and target.</source>
            <translation>Der durchschnittliche quadrierte Unterschied zwischen Ausgabe und Zielwert.</translation>
        </message>
        <message>
            <source>The average size of the difference between output and target.</source>
            <translation>Die durchschnittliche Größe des Unterschieds zwischen Ausgabe und Zielwert.</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Lernrate</translation>
        </message>
        <message>
            <source>How big a step the weights take at each update: too small learns slowly, too big overshoots and the loss jumps around or becomes NaN.</source>
            <translation>Wie groß der Schritt der Gewichte bei jeder Aktualisierung ist: zu klein lernt langsam, zu groß schießt übers Ziel hinaus, und der Verlust springt herum oder wird NaN.</translation>
        </message>
        <message>
            <source>Learning-rate decay</source>
            <translation>Abnahme der Lernrate</translation>
        </message>
        <message>
            <source>Shrinks the learning rate a little after every batch: rate / (1 + decay x steps). 0 keeps it constant.</source>
            <translation>Verkleinert die Lernrate nach jedem Batch ein wenig: Rate / (1 + Abnahme x Schritte). 0 lässt sie konstant.</translation>
        </message>
        <message>
            <source>How much of the average gradient is carried over from one step to the next.</source>
            <translation>Wie viel vom durchschnittlichen Gradienten von einem Schritt in den nächsten mitgenommen wird.</translation>
        </message>
        <message>
            <source>How much of the average squared gradient is carried over from one step to the next.</source>
            <translation>Wie viel vom durchschnittlichen quadrierten Gradienten von einem Schritt in den nächsten mitgenommen wird.</translation>
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
            <translation>Stochastischer Gradientenabstieg: Schiebt nach jedem Batch jedes Gewicht einen kleinen Schritt bergab, dorthin, wo der Verlust kleiner ist; mit Momentum rollt es gleichmäßig in eine Richtung weiter.</translation>
        </message>
        <message>
            <source>How much of the previous step is added to the next one, like a ball rolling downhill; 0.9 is common.</source>
            <translation>Wie viel vom vorigen Schritt zum nächsten dazukommt, wie bei einer Kugel, die bergab rollt; 0.9 ist üblich.</translation>
        </message>
        <message>
            <source>Nesterov</source>
            <translation>Nesterov</translation>
        </message>
        <message>
            <source>Looks ahead along the momentum before measuring the slope, which often steadies training.</source>
            <translation>Schaut erst ein Stück in Richtung des Momentums voraus, bevor es die Steigung misst; das macht das Training oft ruhiger.</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>Gives every weight its own step size, from running averages of its gradients; works well out of the box and is the usual first choice.</source>
            <translation>Gibt jedem Gewicht seine eigene Schrittgröße, berechnet aus laufenden Mittelwerten seiner Gradienten; funktioniert ohne viel Einstellen gut und ist meist die erste Wahl.</translation>
        </message>
        <message>
            <source>AdamW</source>
            <translation>AdamW</translation>
        </message>
        <message>
            <source>Adam plus weight decay: it also pulls every weight gently towards 0, which helps against overfitting.</source>
            <translation>Adam plus Gewichtsabnahme: zieht außerdem jedes Gewicht sanft in Richtung 0, was gegen Überanpassung hilft.</translation>
        </message>
        <message>
            <source>Weight decay</source>
            <translation>Gewichtsabnahme</translation>
        </message>
        <message>
            <source>How strongly the weights are pulled towards 0 at each step.</source>
            <translation>Wie stark die Gewichte bei jedem Schritt in Richtung 0 gezogen werden.</translation>
        </message>
        <message>
            <source>RMSprop</source>
            <translation>RMSprop</translation>
        </message>
        <message>
            <source>Divides each step by a running average of recent gradient sizes, so weights with big gradients take smaller steps.</source>
            <translation>Teilt jeden Schritt durch einen laufenden Mittelwert der letzten Gradientengrößen, sodass Gewichte mit großen Gradienten kleinere Schritte machen.</translation>
        </message>
        <message>
            <source>Rho</source>
            <translation>Rho</translation>
        </message>
        <message>
            <source>How much of the previous step is added to the next one.</source>
            <translation>Wie viel vom vorigen Schritt zum nächsten dazukommt.</translation>
        </message>
        <message>
            <source>Adagrad</source>
            <translation>Adagrad</translation>
        </message>
        <message>
            <source>Gives weights that have already moved a lot smaller and smaller steps; good for rare features, but it can slow to a stop.</source>
            <translation>Gibt Gewichten, die sich schon stark bewegt haben, immer kleinere Schritte; gut für seltene Merkmale, kann aber bis zum Stillstand abbremsen.</translation>
        </message>
        <message>
            <source>Initial accumulator</source>
            <translation>Anfangswert des Akkumulators</translation>
        </message>
        <message>
            <source>The starting value of the running sum of squared gradients.</source>
            <translation>Der Anfangswert der laufenden Summe der quadrierten Gradienten.</translation>
        </message>
        <message>
            <source>Adamax</source>
            <translation>Adamax</translation>
        </message>
        <message>
            <source>A variant of Adam that scales steps by the largest recent gradient instead of the average.</source>
            <translation>Eine Variante von Adam, die die Schritte am größten Gradienten der letzten Zeit ausrichtet statt am Durchschnitt.</translation>
        </message>
        <message>
            <source>Nadam</source>
            <translation>Nadam</translation>
        </message>
        <message>
            <source>Adam with Nesterov's look-ahead momentum.</source>
            <translation>Adam mit dem vorausschauenden Momentum von Nesterov.</translation>
        </message>
        <message>
            <source>MNIST handwritten digits</source>
            <translation>MNIST – handgeschriebene Ziffern</translation>
        </message>
        <message>
            <source>70,000 pictures of handwritten digits, 28 by 28 grey pixels each, labelled 0 to 9: 60,000 to learn from and 10,000 to test on.</source>
            <translation>70 000 Bilder handgeschriebener Ziffern, jedes 28 mal 28 graue Pixel groß und mit 0 bis 9 beschriftet: 60 000 zum Lernen und 10 000 zum Testen.</translation>
        </message>
        <message>
            <source>XOR truth table</source>
            <translation>XOR-Wahrheitstabelle</translation>
        </message>
        <message>
            <source>Four rows, two inputs each: the answer is 1 when exactly one input is 1 (old or young customer, middle or high income), a problem no straight line can separate.</source>
            <translation>Vier Zeilen mit je zwei Eingaben: Die Antwort ist 1, wenn genau eine Eingabe 1 ist (alte oder junge Kundschaft, mittleres oder hohes Einkommen) – ein Problem, das keine gerade Linie trennen kann.</translation>
        </message>
        <message>
            <source>8 features, 4 classes (generated)</source>
            <translation>8 Merkmale, 4 Klassen (generiert)</translation>
        </message>
        <message>
            <source>1,000 generated examples with 8 numeric features each, in 4 overlapping clusters, one per class; the same every time.</source>
            <translation>1000 generierte Beispiele mit je 8 Zahlenmerkmalen, in 4 überlappenden Gruppen, eine pro Klasse; jedes Mal dieselben.</translation>
        </message>
        <message>
            <source>Your own CSV file</source>
            <translation>Deine eigene CSV-Datei</translation>
        </message>
        <message>
            <source>A table of numbers with a header row; one column holds the label, the others are the features.</source>
            <translation>Eine Zahlentabelle mit einer Kopfzeile; eine Spalte enthält das Label, die anderen sind die Merkmale.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Keine</translation>
        </message>
        <message>
            <source>Use the numbers exactly as they are in the file.</source>
            <translation>Die Zahlen genau so verwenden, wie sie in der Datei stehen.</translation>
        </message>
        <message>
            <source>Scale to 0..1</source>
            <translation>Auf 0..1 skalieren</translation>
        </message>
        <message>
            <source>Divide by the largest value in the training data (255 for pixels), so every input lies between 0 and 1.</source>
            <translation>Durch den größten Wert in den Trainingsdaten teilen (255 bei Pixeln), sodass jede Eingabe zwischen 0 und 1 liegt.</translation>
        </message>
        <message>
            <source>Scale to -1..1</source>
            <translation>Auf -1..1 skalieren</translation>
        </message>
        <message>
            <source>Stretch the training data's range onto -1 to 1.</source>
            <translation>Den Wertebereich der Trainingsdaten auf -1 bis 1 strecken.</translation>
        </message>
        <message>
            <source>Centre, divide by overall spread</source>
            <translation>Zentrieren, durch Gesamtstreuung teilen</translation>
        </message>
        <message>
            <source>Subtract each feature's training mean and divide by the spread of all the training numbers together (the classic way for pixels).</source>
            <translation>Von jedem Merkmal seinen Mittelwert in den Trainingsdaten abziehen und durch die Streuung aller Trainingszahlen zusammen teilen (der klassische Weg bei Pixeln).</translation>
        </message>
        <message>
            <source>Standardise each feature</source>
            <translation>Jedes Merkmal standardisieren</translation>
        </message>
        <message>
            <source>Give each feature a training mean of 0 and spread of 1 (the classic way for table columns of different sizes).</source>
            <translation>Jedem Merkmal in den Trainingsdaten den Mittelwert 0 und die Streuung 1 geben (der klassische Weg bei Tabellenspalten mit unterschiedlich großen Zahlen).</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Epochen</translation>
        </message>
        <message>
            <source>How many times the network works through the whole training set.</source>
            <translation>Wie oft das Netz den ganzen Trainingsdatensatz durcharbeitet.</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Batchgröße</translation>
        </message>
        <message>
            <source>How many examples the network looks at before each update of its weights.</source>
            <translation>Wie viele Beispiele sich das Netz ansieht, bevor es seine Gewichte jeweils aktualisiert.</translation>
        </message>
        <message>
            <source>Random seed</source>
            <translation>Startwert (Seed)</translation>
        </message>
        <message>
            <source>Fixes the random starting weights and shuffling, so a run can be repeated exactly.</source>
            <translation>Legt die zufälligen Startgewichte und das Mischen fest, sodass sich ein Durchlauf genau wiederholen lässt.</translation>
        </message>
        <message>
            <source>Shuffle</source>
            <translation>Mischen</translation>
        </message>
        <message>
            <source>Mix up the order of the training examples before every epoch.</source>
            <translation>Die Reihenfolge der Trainingsbeispiele vor jeder Epoche durchmischen.</translation>
        </message>
        <message>
            <source>Validation share</source>
            <translation>Validierungsanteil</translation>
        </message>
        <message>
            <source>The share of the training data held back to check the network on examples it does not learn from, after every epoch.</source>
            <translation>Der Anteil der Trainingsdaten, der zurückgehalten wird, um das Netz nach jeder Epoche an Beispielen zu prüfen, aus denen es nicht lernt.</translation>
        </message>
        <message>
            <source>Test share</source>
            <translation>Testanteil</translation>
        </message>
        <message>
            <source>For data without a separate test set: the share of rows kept aside for the final test.</source>
            <translation>Für Daten ohne eigenen Testdatensatz: der Anteil der Zeilen, der für den abschließenden Test beiseitegelegt wird.</translation>
        </message>
        <message>
            <source>Training examples</source>
            <translation>Trainingsbeispiele</translation>
        </message>
        <message>
            <source>Use only this many training examples (0 uses them all); handy for a quick try.</source>
            <translation>Nur so viele Trainingsbeispiele verwenden (0 verwendet alle); praktisch für einen schnellen Versuch.</translation>
        </message>
        <message>
            <source>Test examples</source>
            <translation>Testbeispiele</translation>
        </message>
        <message>
            <source>Use only this many test examples (0 uses them all).</source>
            <translation>Nur so viele Testbeispiele verwenden (0 verwendet alle).</translation>
        </message>
        <message>
            <source>Flatten inputs</source>
            <translation>Eingaben abflachen</translation>
        </message>
        <message>
            <source>Lay each example out as one long row while loading (784 numbers for a digit) instead of with a Flatten layer.</source>
            <translation>Jedes Beispiel schon beim Laden als eine lange Zeile auslegen (784 Zahlen bei einer Ziffer) statt mit einer Flatten-Schicht.</translation>
        </message>
        <message>
            <source>Skip rows with missing values</source>
            <translation>Zeilen mit fehlenden Werten überspringen</translation>
        </message>
        <message>
            <source>For a CSV file: leave out every row with an empty cell (or NA, N/A, NaN, null or ?) instead of refusing the file; the data's description says how many.</source>
            <translation>Bei einer CSV-Datei: jede Zeile mit einer leeren Zelle (oder NA, N/A, NaN, null oder ?) weglassen, statt die Datei abzulehnen; die Beschreibung der Daten sagt, wie viele.</translation>
        </message>
        <message>
            <source>Layers with no activation between them</source>
            <translation>Schichten ohne Aktivierungsfunktion dazwischen</translation>
        </message>
        <message>
            <source>Two layers in a row with no activation between them work exactly like one layer: together they can still only draw straight lines, so they cannot learn XOR.</source>
            <translation>Zwei Schichten hintereinander ohne Aktivierungsfunktion dazwischen wirken genau wie eine Schicht: Zusammen können sie immer noch nur gerade Linien ziehen, also können sie XOR nicht lernen.</translation>
        </message>
        <message>
            <source>Give the first of them an activation such as ReLU.</source>
            <translation>Gib der ersten von ihnen eine Aktivierungsfunktion wie ReLU.</translation>
        </message>
        <message>
            <source>A layer after the output</source>
            <translation>Eine Schicht nach der Ausgabe</translation>
        </message>
        <message>
            <source>The output layer's answers are what the loss scores; Dropout or batch normalization after it changes those answers at random or shifts them, so they are no longer probabilities.</source>
            <translation>Die Antworten der Ausgabeschicht sind das, was der Verlust bewertet; Dropout oder Batch-Normalisierung danach verändern diese Antworten zufällig oder verschieben sie, sodass sie keine Wahrscheinlichkeiten mehr sind.</translation>
        </message>
        <message>
            <source>Move it before the output layer.</source>
            <translation>Verschiebe sie vor die Ausgabeschicht.</translation>
        </message>
        <message>
            <source>An unusual learning rate</source>
            <translation>Eine ungewöhnliche Lernrate</translation>
        </message>
        <message>
            <source>Too large a learning rate makes each step jump past the best weights, so the loss jumps about or becomes NaN; too small a one makes training crawl.</source>
            <translation>Eine zu große Lernrate lässt jeden Schritt über die besten Gewichte hinausspringen, sodass der Verlust herumspringt oder NaN wird; eine zu kleine lässt das Training kriechen.</translation>
        </message>
        <message>
            <source>Start from the optimizer's usual value (shown as its default) and change it by factors of 10.</source>
            <translation>Fang beim üblichen Wert des Optimierers an (er ist als Voreinstellung angezeigt) und ändere ihn jeweils um den Faktor 10.</translation>
        </message>
        <message>
            <source>Far more weights than examples</source>
            <translation>Viel mehr Gewichte als Beispiele</translation>
        </message>
        <message>
            <source>With many more weights to learn than examples to learn from, a network can memorise the training examples instead of learning what they have in common.</source>
            <translation>Wenn es viel mehr Gewichte zu lernen gibt als Beispiele zum Lernen, kann ein Netz die Trainingsbeispiele auswendig lernen, statt zu lernen, was sie gemeinsam haben.</translation>
        </message>
        <message>
            <source>Use fewer neurons, more data, or Dropout, and hold back some examples for validation to see whether it memorises.</source>
            <translation>Nimm weniger Neuronen, mehr Daten oder Dropout, und halte einige Beispiele zur Validierung zurück, um zu sehen, ob es auswendig lernt.</translation>
        </message>
        <message>
            <source>Many epochs and nothing held back</source>
            <translation>Viele Epochen und nichts zurückgehalten</translation>
        </message>
        <message>
            <source>After many epochs a network starts memorising its training examples; only examples held back for validation show when that begins.</source>
            <translation>Nach vielen Epochen beginnt ein Netz, seine Trainingsbeispiele auswendig zu lernen; nur zur Validierung zurückgehaltene Beispiele zeigen, wann das anfängt.</translation>
        </message>
        <message>
            <source>Set the validation share to 0.1 and watch the validation loss.</source>
            <translation>Setze den Validierungsanteil auf 0.1 und beobachte den Validierungsverlust.</translation>
        </message>
        <message>
            <source>A deep stack of sigmoid or tanh layers</source>
            <translation>Ein tiefer Stapel aus Sigmoid- oder Tanh-Schichten</translation>
        </message>
        <message>
            <source>Sigmoid and tanh flatten out for large inputs, and each layer makes the signal that trains the early layers smaller: deep stacks of them learn very slowly.</source>
            <translation>Sigmoid und tanh werden bei großen Eingaben flach, und jede Schicht macht das Signal kleiner, mit dem die vorderen Schichten trainiert werden: Tiefe Stapel davon lernen sehr langsam.</translation>
        </message>
        <message>
            <source>Use ReLU in the hidden layers.</source>
            <translation>Nimm ReLU in den verborgenen Schichten.</translation>
        </message>
        <message>
            <source>Pixels from 0 to 255</source>
            <translation>Pixel von 0 bis 255</translation>
        </message>
        <message>
            <source>Inputs in the hundreds make the first layer's sums huge, so training starts badly and needs a tiny learning rate.</source>
            <translation>Eingaben im Hunderterbereich machen die Summen der ersten Schicht riesig, sodass das Training schlecht startet und eine winzige Lernrate braucht.</translation>
        </message>
        <message>
            <source>Choose the preprocessing 'Scale to 0..1'.</source>
            <translation>Wähle die Vorverarbeitung „Auf 0..1 skalieren“.</translation>
        </message>
        <message>
            <source>A Dense layer on a picture</source>
            <translation>Eine Dense-Schicht auf einem Bild</translation>
        </message>
        <message>
            <source>A Dense layer works along the last axis only: on a 28x28 picture it looks at each row of 28 pixels on its own, never at the whole digit.</source>
            <translation>Eine Dense-Schicht arbeitet nur entlang der letzten Achse: Bei einem 28x28-Bild schaut sie sich jede Zeile aus 28 Pixeln einzeln an, nie die ganze Ziffer.</translation>
        </message>
        <message>
            <source>Put a Flatten layer before it.</source>
            <translation>Setze eine Flatten-Schicht davor.</translation>
        </message>
        <message>
            <source>Weights that all start the same</source>
            <translation>Gewichte, die alle gleich starten</translation>
        </message>
        <message>
            <source>Neurons that start with the same weights get the same updates, so they stay the same and the layer learns as if it had one neuron.</source>
            <translation>Neuronen, die mit denselben Gewichten starten, bekommen dieselben Aktualisierungen; sie bleiben also gleich, und die Schicht lernt, als hätte sie nur ein Neuron.</translation>
        </message>
        <message>
            <source>Use a random initializer such as Glorot uniform (the default).</source>
            <translation>Nimm eine zufällige Initialisierung, zum Beispiel die Voreinstellung Glorot (gleichverteilt).</translation>
        </message>
        <message>
            <source>A very large layer</source>
            <translation>Eine sehr große Schicht</translation>
        </message>
        <message>
            <source>A layer with millions of weights takes much memory and time to train, and rarely helps a small dataset.</source>
            <translation>Eine Schicht mit Millionen von Gewichten braucht viel Speicher und Trainingszeit und hilft bei einem kleinen Datensatz selten.</translation>
        </message>
        <message>
            <source>Shrink the picture first (pooling) or use fewer neurons.</source>
            <translation>Verkleinere zuerst das Bild (Pooling) oder nimm weniger Neuronen.</translation>
        </message>
        <message>
            <source>Batches of one example</source>
            <translation>Batches aus einem Beispiel</translation>
        </message>
        <message>
            <source>One example per step makes every epoch as many steps as examples: slow, and a noisy loss.</source>
            <translation>Ein Beispiel pro Schritt heißt: In jeder Epoche gibt es so viele Schritte wie Beispiele – langsam, und der Verlust rauscht stark.</translation>
        </message>
        <message>
            <source>Use a batch size of 32.</source>
            <translation>Nimm eine Batchgröße von 32.</translation>
        </message>
        <message>
            <source>A distance loss for classes</source>
            <translation>Ein Abstandsverlust für Klassen</translation>
        </message>
        <message>
            <source>Mean squared or absolute error measure how far numbers are apart; for choosing a class, cross-entropy learns much faster.</source>
            <translation>Der mittlere quadratische oder absolute Fehler misst, wie weit Zahlen auseinanderliegen; um eine Klasse zu wählen, lernt Kreuzentropie viel schneller.</translation>
        </message>
        <message>
            <source>Use categorical cross-entropy with softmax (or binary cross-entropy with one sigmoid unit).</source>
            <translation>Nimm kategoriale Kreuzentropie mit Softmax (oder binäre Kreuzentropie mit einem Sigmoid-Neuron).</translation>
        </message>
        <message>
            <source>XOR with no hidden layer</source>
            <translation>XOR ohne verborgene Schicht</translation>
        </message>
        <message>
            <source>One layer can only separate the classes with a straight line, and no straight line separates XOR's two classes.</source>
            <translation>Eine Schicht kann die Klassen nur mit einer geraden Linie trennen, und keine gerade Linie trennt die beiden Klassen von XOR.</translation>
        </message>
        <message>
            <source>Add a hidden Dense layer with ReLU before the output, as the XOR template has.</source>
            <translation>Füge vor der Ausgabe eine verborgene Dense-Schicht mit ReLU ein, wie sie die XOR-Vorlage hat.</translation>
        </message>
        <message>
            <source>Dropout that drops most of the signal</source>
            <translation>Dropout, das den Großteil des Signals verwirft</translation>
        </message>
        <message>
            <source>Dropping most neurons at every step leaves too little for the next layer to learn from.</source>
            <translation>Wenn bei jedem Schritt die meisten Neuronen wegfallen, bleibt für die nächste Schicht zu wenig zum Lernen übrig.</translation>
        </message>
        <message>
            <source>Use a rate between 0.1 and 0.5.</source>
            <translation>Nimm eine Rate zwischen 0.1 und 0.5.</translation>
        </message>
    </context>
    <context>
        <name>CodeTab</name>
        <message>
            <source># The network has problems, fix them to see the code:</source>
            <extracomment>How long the network must stay unchanged before the code is written again, in ms; typing "128" into a field then costs one update, not three.</extracomment>
            <translation># Das Netz hat Probleme; behebe sie, um den Code zu sehen:</translation>
        </message>
        <message>
            <source>The Python script that File ▸ Export Keras script saves. Export Jupyter notebook puts the same code in cells.</source>
            <translation>Das Python-Skript, das „Datei ▸ Keras-Skript exportieren“ speichert. „Jupyter-Notebook exportieren“ legt denselben Code in Zellen ab.</translation>
        </message>
        <message>
            <source>Copy</source>
            <extracomment>The colours of a light editor theme, and of a dark one.</extracomment>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the whole script, to paste into a file or a notebook.</source>
            <translation>Das ganze Skript kopieren, um es in eine Datei oder ein Notebook einzufügen.</translation>
        </message>
        <message>
            <source>Keras code</source>
            <translation>Keras-Code</translation>
        </message>
        <message>
            <source>The Keras code this network amounts to, read-only</source>
            <translation>Der Keras-Code, der diesem Netz entspricht (nur lesbar)</translation>
        </message>
        <message>
            <source>The code could not be written: {error}</source>
            <translation>Der Code konnte nicht geschrieben werden: {error}</translation>
        </message>
        <message>
            <source>Copied ✓</source>
            <translation>Kopiert ✓</translation>
        </message>
    </context>
    <context>
        <name>Colours</name>
        <message>
            <source>As the computer (system)</source>
            <translation>Wie der Computer (System)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <source>&amp;Usual colours</source>
            <translation>&amp;Übliche Farben</translation>
        </message>
        <message>
            <source>Colours for colour &amp;blindness</source>
            <translation>Farben bei &amp;Farbenblindheit</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>a project file (.nnproj)</source>
            <extracomment>What ``--language`` takes besides a language's code: follow the computer's language. The sub-commands' names (set by build_parser).</extracomment>
            <translation>eine Projektdatei (.nnproj)</translation>
        </message>
        <message>
            <source>a built-in template</source>
            <translation>eine eingebaute Vorlage</translation>
        </message>
        <message>
            <source>nnstudio: -o expected the name of the project file to write, such as xor{suffix}; received {output!r}, which names no file.</source>
            <translation>nnstudio: -o erwartet den Namen der Projektdatei, die geschrieben werden soll, etwa xor{suffix}; erhalten: {output!r}, und das ist kein Dateiname.</translation>
        </message>
        <message>
            <source>nnstudio: -o expected a name ending in {suffix} (so that the window lists and opens the project); received {name}, which ends in {ending}. Try: -o {better}</source>
            <translation>nnstudio: -o erwartet einen Namen, der auf {suffix} endet (damit das Fenster das Projekt auflistet und öffnet); erhalten: {name}, das auf {ending} endet. Versuch es mit: -o {better}</translation>
        </message>
        <message>
            <source>nnstudio: -o expected a name not taken yet, so that nothing is overwritten by accident; received {path}, which already exists. Add --force to replace it.</source>
            <translation>nnstudio: -o erwartet einen Namen, der noch nicht vergeben ist, damit nichts aus Versehen überschrieben wird; erhalten: {path}, und das gibt es schon. Füge --force hinzu, um es zu ersetzen.</translation>
        </message>
        <message>
            <source>Wrote {path} from the template {template}.</source>
            <translation>{path} aus der Vorlage {template} geschrieben.</translation>
        </message>
        <message>
            <source>Project: {name}  (template {template})</source>
            <translation>Projekt: {name}  (Vorlage {template})</translation>
        </message>
        <message>
            <source>Project: {name}</source>
            <translation>Projekt: {name}</translation>
        </message>
        <message>
            <source>Data: {description}</source>
            <translation>Daten: {description}</translation>
        </message>
        <message>
            <source>Layer (type)</source>
            <translation>Schicht (Typ)</translation>
        </message>
        <message>
            <source>Output shape</source>
            <translation>Ausgabeform</translation>
        </message>
        <message>
            <source>Param #</source>
            <translation>Param. #</translation>
        </message>
        <message>
            <source>Total params: {total:,}  (trainable: {trainable:,}, non-trainable: {frozen:,})</source>
            <translation>Parameter gesamt: {total:,}  (trainierbar: {trainable:,}, nicht trainierbar: {frozen:,})</translation>
        </message>
        <message>
            <source>Total params: {total:,} so far (some shapes are unknown)  (trainable: {trainable:,}, non-trainable: {frozen:,})</source>
            <translation>Parameter gesamt: bisher {total:,} (manche Formen sind unbekannt)  (trainierbar: {trainable:,}, nicht trainierbar: {frozen:,})</translation>
        </message>
        <message>
            <source>Loss: {loss}; optimizer: {optimizer} (learning rate {learning_rate}); metrics: {metrics}</source>
            <translation>Verlust: {loss}; Optimierer: {optimizer} (Lernrate {learning_rate}); Metriken: {metrics}</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no metrics</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>Training: {epochs}, batches of {batch_size}, seed {seed}</source>
            <translation>Training: {epochs}, Batches von {batch_size}, Startwert {seed}</translation>
        </message>
        <message numerus="yes">
            <source>%n epoch(s)</source>
            <translation>
                <numerusform>%n Epoche</numerusform>
                <numerusform>%n Epochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s)</source>
            <translation>
                <numerusform>%n Problem</numerusform>
                <numerusform>%n Probleme</numerusform>
            </translation>
        </message>
        <message>
            <source>{problems} and {warnings}:</source>
            <translation>{problems} und {warnings}:</translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message>
            <source>{problems}:</source>
            <translation>{problems}:</translation>
        </message>
        <message>
            <source>warning: {message}</source>
            <translation>Warnung: {message}</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Keine Probleme gefunden.</translation>
        </message>
        <message>
            <source>Advice ({count}): it will train, but perhaps not as you hope:</source>
            <translation>Hinweise ({count}): Das Netz lässt sich trainieren, aber vielleicht nicht so, wie du hoffst:</translation>
        </message>
        <message>
            <source>Why: {why}</source>
            <translation>Warum: {why}</translation>
        </message>
        <message>
            <source>Try: {try_this}</source>
            <translation>Was hilft: {try_this}</translation>
        </message>
        <message>
            <source>Analysis:</source>
            <translation>Analyse:</translation>
        </message>
        <message>
            <source>(measuring on this computer: a short run of a few seconds…)</source>
            <translation>(Messung auf diesem Computer: ein kurzer Durchlauf von ein paar Sekunden …)</translation>
        </message>
        <message>
            <source>Could not measure the time: {problem}</source>
            <translation>Die Zeit konnte nicht gemessen werden: {problem}</translation>
        </message>
        <message>
            <source>(the time is measured once the network has no problems)</source>
            <translation>(die Zeit wird gemessen, sobald das Netz keine Probleme mehr hat)</translation>
        </message>
        <message>
            <source>--verify runs an exported folder: expected --folder DIR with it (the script alone reads its data from where it is on this computer).</source>
            <translation>--verify führt einen exportierten Ordner aus: Dazu wird --folder DIR erwartet (das Skript allein liest seine Daten von dort, wo sie auf diesem Computer liegen).</translation>
        </message>
        <message>
            <source>Expected where to write: -o FILE.py (a script), -o FILE.ipynb (a notebook), or --folder DIR (both, with the data and requirements, ready to copy).</source>
            <translation>Es fehlt, wohin geschrieben werden soll: -o FILE.py (ein Skript), -o FILE.ipynb (ein Notebook) oder --folder DIR (beides, mit den Daten und requirements.txt, fertig zum Kopieren).</translation>
        </message>
        <message>
            <source>Wrote {path} (Jupyter notebook).</source>
            <translation>{path} geschrieben (Jupyter-Notebook).</translation>
        </message>
        <message>
            <source>Wrote {path} (Python script).</source>
            <translation>{path} geschrieben (Python-Skript).</translation>
        </message>
        <message>
            <source>Wrote {folder}:</source>
            <translation>{folder} geschrieben:</translation>
        </message>
        <message>
            <source>Verifying: running the script offline for one short epoch…</source>
            <translation>Prüfung: Das Skript läuft offline für eine kurze Epoche …</translation>
        </message>
        <message numerus="yes">
            <source>%n bytes</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>-o expected a project file name ending in {suffix}. Received: {output!r}.</source>
            <translation>-o erwartet einen Namen für eine Projektdatei, der auf {suffix} endet. Erhalten: {output!r}.</translation>
        </message>
        <message>
            <source>{path} already exists: add --force to replace it.</source>
            <translation>{path} gibt es schon: Füge --force hinzu, um es zu ersetzen.</translation>
        </message>
        <message>
            <source>nnstudio: nothing imported; {problems}:</source>
            <translation>nnstudio: nichts importiert; {problems}:</translation>
        </message>
        <message>
            <source>Wrote {path}: {name}, {layers}.</source>
            <translation>{path} geschrieben: {name}, {layers}.</translation>
        </message>
        <message numerus="yes">
            <source>%n layer(s)</source>
            <translation>
                <numerusform>%n Schicht</numerusform>
                <numerusform>%n Schichten</numerusform>
            </translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Hinweis: {note}</translation>
        </message>
        <message>
            <source>Imported with its trained weights from {file}.</source>
            <translation>Mit den trainierten Gewichten aus {file} importiert.</translation>
        </message>
        <message>
            <source>Its trained weights are kept beside the project ({file}): opening it in the window shows its results and answers drawn digits without training.</source>
            <translation>Die trainierten Gewichte liegen neben dem Projekt ({file}): Wenn du es im Fenster öffnest, zeigt es seine Ergebnisse und erkennt gezeichnete Ziffern, ohne neu zu trainieren.</translation>
        </message>
        <message>
            <source>--record keeps the run in a project file: expected a project file, found a template (write one first with 'nnstudio new').</source>
            <translation>--record speichert den Durchlauf in einer Projektdatei: Erwartet wurde eine Projektdatei, gefunden wurde eine Vorlage (schreib zuerst eine mit 'nnstudio new').</translation>
        </message>
        <message>
            <source>Stopping after this batch (press Ctrl+C again to quit at once)...</source>
            <translation>Halte nach diesem Batch an (drück noch einmal Strg+C, um sofort abzubrechen)...</translation>
        </message>
        <message>
            <source>Not saving {path}: the weights are no longer numbers.</source>
            <translation>{path} wird nicht gespeichert: Die Gewichte sind keine Zahlen mehr.</translation>
        </message>
        <message>
            <source>Kept the run in {file} (with the options given here, so it is not a run of the file's own settings).</source>
            <translation>Durchlauf in {file} gespeichert (mit den hier angegebenen Optionen, also kein Durchlauf mit den eigenen Einstellungen der Datei).</translation>
        </message>
        <message>
            <source>Kept the run in {file}.</source>
            <translation>Durchlauf in {file} gespeichert.</translation>
        </message>
        <message>
            <source>Cannot save the trained network as {path}: that is a folder. Expected a file name such as {example}.</source>
            <translation>Das trainierte Netz kann nicht als {path} gespeichert werden: Das ist ein Ordner. Erwartet wird ein Dateiname wie {example}.</translation>
        </message>
        <message>
            <source>Cannot save the trained network as {path}: there is no folder {folder}. Create it first, or choose another place.</source>
            <translation>Das trainierte Netz kann nicht als {path} gespeichert werden: Es gibt keinen Ordner {folder}. Leg ihn zuerst an oder wähle einen anderen Ort.</translation>
        </message>
        <message>
            <source>Cannot save the trained network as {path}: the folder {folder} cannot be written to ({error}). Choose another place.</source>
            <translation>Das trainierte Netz kann nicht als {path} gespeichert werden: In den Ordner {folder} kann nicht geschrieben werden ({error}). Wähle einen anderen Ort.</translation>
        </message>
        <message>
            <source>Saved the trained model to {path}.</source>
            <translation>Das trainierte Modell wurde in {path} gespeichert.</translation>
        </message>
        <message>
            <source>nnstudio: {problem} Saved the trained model to {path} instead.</source>
            <translation>nnstudio: {problem} Das trainierte Modell wurde stattdessen in {path} gespeichert.</translation>
        </message>
        <message>
            <source>nnstudio: {problem} It could not be saved anywhere else either.</source>
            <translation>nnstudio: {problem} Es konnte auch nirgendwo anders gespeichert werden.</translation>
        </message>
        <message>
            <source>challenge</source>
            <translation>Challenge</translation>
        </message>
        <message>
            <source>lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>beginner</source>
            <translation>Einsteiger</translation>
        </message>
        <message>
            <source>intermediate</source>
            <translation>Mittelstufe</translation>
        </message>
        <message>
            <source>advanced</source>
            <translation>Fortgeschritten</translation>
        </message>
        <message>
            <source>{minutes:&gt;3} min</source>
            <translation>{minutes:&gt;3} min</translation>
        </message>
        <message>
            <source>Open one in the window from Learn, or write your own: see docs/lessons.md.</source>
            <translation>Öffne eine davon im Fenster über Lernen oder schreib deine eigene: siehe docs/lessons.md.</translation>
        </message>
        <message>
            <source>{file}: {problems}:</source>
            <translation>{file}: {problems}:</translation>
        </message>
        <message>
            <source>{file}: a challenge with no problems: {title!r}, {steps} steps, {goals} with a goal, {predictions} prediction(s), about {minutes} minutes.</source>
            <translation>{file}: eine Challenge ohne Probleme: {title!r}, {steps} Schritte, {goals} mit Ziel, {predictions} Vorhersage(n), etwa {minutes} Minuten.</translation>
        </message>
        <message>
            <source>{file}: a lesson with no problems: {title!r}, {steps} steps, {goals} with a goal, {predictions} prediction(s), about {minutes} minutes.</source>
            <translation>{file}: eine Lektion ohne Probleme: {title!r}, {steps} Schritte, {goals} mit Ziel, {predictions} Vorhersage(n), etwa {minutes} Minuten.</translation>
        </message>
        <message>
            <source>No project files to grade: expected .nnproj files in {places}.</source>
            <translation>Keine Projektdateien zum Bewerten: Erwartet wurden .nnproj-Dateien in {places}.</translation>
        </message>
        <message>
            <source>Wrote {path}.</source>
            <translation>{path} geschrieben.</translation>
        </message>
        <message>
            <source>Learn neural networks by building them.</source>
            <translation>Lerne neuronale Netze kennen, indem du sie baust.</translation>
        </message>
        <message>
            <source>Run 'nnstudio COMMAND --help' for the options of one command, and 'nnstudio FILE.nnproj' to open a project in the window.</source>
            <translation>Mit 'nnstudio COMMAND --help' siehst du die Optionen eines Befehls, und mit 'nnstudio FILE.nnproj' öffnest du ein Projekt im Fenster.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>Versionsnummer des Programms anzeigen und beenden</translation>
        </message>
        <message>
            <source>the language to speak: {codes}, or system for the computer's (default: the one chosen in the window, else the computer's)</source>
            <translation>die Sprache: {codes} oder system für die Sprache des Computers (Voreinstellung: die im Fenster gewählte, sonst die des Computers)</translation>
        </message>
        <message>
            <source>open the window (what 'nnstudio' alone does)</source>
            <translation>das Fenster öffnen (das tut 'nnstudio' allein)</translation>
        </message>
        <message>
            <source>a project file to open</source>
            <translation>eine Projektdatei, die geöffnet werden soll</translation>
        </message>
        <message>
            <source>list the built-in networks</source>
            <translation>die eingebauten Netze auflisten</translation>
        </message>
        <message>
            <source>write a new project file from a template</source>
            <translation>eine neue Projektdatei aus einer Vorlage schreiben</translation>
        </message>
        <message>
            <source>the project file to write</source>
            <translation>die Projektdatei, die geschrieben werden soll</translation>
        </message>
        <message>
            <source>replace the file if it exists</source>
            <translation>die Datei ersetzen, falls es sie schon gibt</translation>
        </message>
        <message>
            <source>show the layers, their shapes and parameters, and problems</source>
            <translation>die Schichten, ihre Formen und Parameter sowie Probleme anzeigen</translation>
        </message>
        <message>
            <source>also the memory per layer, and the time of an epoch measured by a short run</source>
            <translation>auch den Speicher pro Schicht und die Dauer einer Epoche, gemessen mit einem kurzen Durchlauf</translation>
        </message>
        <message>
            <source>write runnable Keras code (a script or a notebook)</source>
            <translation>lauffähigen Keras-Code schreiben (ein Skript oder ein Notebook)</translation>
        </message>
        <message>
            <source>the .py or .ipynb file to write</source>
            <translation>die .py- oder .ipynb-Datei, die geschrieben werden soll</translation>
        </message>
        <message>
            <source>default: by extension</source>
            <translation>Voreinstellung: nach Dateiendung</translation>
        </message>
        <message>
            <source>write a folder instead: script, notebook, data, requirements.txt and a README</source>
            <translation>stattdessen einen Ordner schreiben: Skript, Notebook, Daten, requirements.txt und eine README</translation>
        </message>
        <message>
            <source>with --folder: run the script offline for one short epoch to prove it works</source>
            <translation>mit --folder: das Skript offline eine kurze Epoche lang ausführen, um zu zeigen, dass es funktioniert</translation>
        </message>
        <message>
            <source>make a project from a .keras file, a Keras script or a notebook</source>
            <translation>ein Projekt aus einer .keras-Datei, einem Keras-Skript oder einem Notebook machen</translation>
        </message>
        <message>
            <source>a .keras file, a .py script or a .ipynb notebook</source>
            <translation>eine .keras-Datei, ein .py-Skript oder ein .ipynb-Notebook</translation>
        </message>
        <message>
            <source>train a network in the terminal</source>
            <translation>ein Netz im Terminal trainieren</translation>
        </message>
        <message>
            <source>override the project's epochs</source>
            <translation>die Epochen des Projekts ersetzen</translation>
        </message>
        <message>
            <source>override the project's batch size</source>
            <translation>die Batchgröße des Projekts ersetzen</translation>
        </message>
        <message>
            <source>override the project's random seed</source>
            <translation>den Startwert (Seed) des Projekts ersetzen</translation>
        </message>
        <message>
            <source>use only this many training examples</source>
            <translation>nur so viele Trainingsbeispiele verwenden</translation>
        </message>
        <message>
            <source>use only this many test examples</source>
            <translation>nur so viele Testbeispiele verwenden</translation>
        </message>
        <message>
            <source>save the trained model here</source>
            <translation>das trainierte Modell hier speichern</translation>
        </message>
        <message>
            <source>keep the finished run in the project file, as the window does</source>
            <translation>den fertigen Durchlauf in der Projektdatei speichern, wie es das Fenster tut</translation>
        </message>
        <message>
            <source>lessons and challenges: list, check, grade</source>
            <translation>Lektionen und Challenges: auflisten, prüfen, bewerten</translation>
        </message>
        <message>
            <source>the built-in lessons and challenges</source>
            <translation>die eingebauten Lektionen und Challenges</translation>
        </message>
        <message>
            <source>check a lesson file a teacher wrote</source>
            <translation>eine Lektionsdatei prüfen, die eine Lehrkraft geschrieben hat</translation>
        </message>
        <message>
            <source>a lesson file (.nnlesson)</source>
            <translation>eine Lektionsdatei (.nnlesson)</translation>
        </message>
        <message>
            <source>grade handed-in projects against a lesson</source>
            <translation>abgegebene Projekte anhand einer Lektion bewerten</translation>
        </message>
        <message>
            <source>a lesson file, or a built-in lesson's name</source>
            <translation>eine Lektionsdatei oder der Name einer eingebauten Lektion</translation>
        </message>
        <message>
            <source>project files, or folders of them</source>
            <translation>Projektdateien oder Ordner mit Projektdateien</translation>
        </message>
        <message>
            <source>also write the table for a spreadsheet</source>
            <translation>auch die Tabelle für eine Tabellenkalkulation schreiben</translation>
        </message>
        <message>
            <source>expected a whole number of at least {minimum}, received {text!r}</source>
            <translation>erwartet wurde eine ganze Zahl von mindestens {minimum}, erhalten: {text!r}</translation>
        </message>
        <message>
            <source>nnstudio: there is no screen to open the window on (DISPLAY is not set); the command line works without one.</source>
            <translation>nnstudio: Es gibt keinen Bildschirm, auf dem sich das Fenster öffnen lässt (DISPLAY ist nicht gesetzt); die Kommandozeile funktioniert auch ohne.</translation>
        </message>
        <message>
            <source>nnstudio {version}: learn neural networks by building them.</source>
            <translation>nnstudio {version}: Lerne neuronale Netze kennen, indem du sie baust.</translation>
        </message>
        <message>
            <source>Built-in networks:</source>
            <translation>Eingebaute Netze:</translation>
        </message>
        <message>
            <source>Try:</source>
            <translation>Zum Ausprobieren:</translation>
        </message>
        <message>
            <source>Run 'nnstudio --help' for every command.</source>
            <translation>Mit 'nnstudio --help' siehst du alle Befehle.</translation>
        </message>
        <message>
            <source>expected one of {codes}, or {system}; received {text!r}</source>
            <translation>erwartet wurde einer dieser Werte: {codes} oder {system}; erhalten: {text!r}</translation>
        </message>
        <message>
            <source>nnstudio: expected a translation into {language} ({code}) in this installation, found none; speaking {spoken} instead.</source>
            <translation>nnstudio: In dieser Installation gibt es keine Übersetzung für {language} ({code}); stattdessen wird {spoken} verwendet.</translation>
        </message>
        <message>
            <source>nnstudio: stopped.</source>
            <translation>nnstudio: gestoppt.</translation>
        </message>
        <message>
            <source>nnstudio: something unexpected went wrong; this is a bug in nnstudio, not something you did. The details are in {path}.</source>
            <translation>nnstudio: Etwas Unerwartetes ist schiefgegangen; das ist ein Fehler in nnstudio, nicht in dem, was du gemacht hast. Die Details stehen in {path}.</translation>
        </message>
        <message>
            <source>nnstudio: something unexpected went wrong; this is a bug in nnstudio, not something you did.</source>
            <translation>nnstudio: Etwas Unerwartetes ist schiefgegangen; das ist ein Fehler in nnstudio, nicht in dem, was du gemacht hast.</translation>
        </message>
    </context>
    <context>
        <name>CompareRuns</name>
        <message>
            <source>on</source>
            <extracomment>The parts of a project a run's settings keep (not its name, description or runs).</extracomment>
            <translation>an</translation>
        </message>
        <message>
            <source>off</source>
            <translation>aus</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>{setting} {old} → {new}</source>
            <extracomment>A change from one run to the next: "neurons 128 → 32".</extracomment>
            <translation>{setting} {old} → {new}</translation>
        </message>
        <message>
            <source>Layer {number} ({kind})</source>
            <translation>Schicht {number} ({kind})</translation>
        </message>
        <message>
            <source>{kind} (layer {number}) removed</source>
            <translation>{kind} (Schicht {number}) entfernt</translation>
        </message>
        <message>
            <source>{kind} added as layer {number}</source>
            <translation>{kind} als Schicht {number} hinzugefügt</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>{layer}: {change}</source>
            <translation>{layer}: {change}</translation>
        </message>
        <message>
            <source>loss: {old} → {new}</source>
            <translation>Verlust: {old} → {new}</translation>
        </message>
        <message>
            <source>metrics</source>
            <translation>Metriken</translation>
        </message>
        <message>
            <source>data: {old} → {new}</source>
            <translation>Daten: {old} → {new}</translation>
        </message>
        <message>
            <source>preprocessing: {old} → {new}</source>
            <translation>Vorverarbeitung: {old} → {new}</translation>
        </message>
        <message>
            <source>data file {old} → {new}</source>
            <translation>Datendatei {old} → {new}</translation>
        </message>
        <message>
            <source>the first run kept</source>
            <translation>der erste gespeicherte Durchlauf</translation>
        </message>
        <message>
            <source>settings not recorded (a run from an older nnstudio)</source>
            <translation>Einstellungen nicht aufgezeichnet (ein Durchlauf aus einem älteren nnstudio)</translation>
        </message>
        <message>
            <source>the same settings</source>
            <translation>dieselben Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>Confusion</name>
        <message>
            <source>predicted {name}: the network answered {name}.</source>
            <translation>vorhergesagt {name}: Das Netz hat {name} geantwortet.</translation>
        </message>
        <message>
            <source>true {name}</source>
            <translation>tatsächlich {name}</translation>
        </message>
        <message>
            <source>{count} of the {total} test digits that are {true} were answered {predicted} (right): {share} of that row.</source>
            <translation>Bei {count} der {total} Testziffern, die eine {true} sind, hat das Netz {predicted} geantwortet (richtig): {share} dieser Zeile.</translation>
        </message>
        <message>
            <source>{count} of the {total} test digits that are {true} were answered {predicted} (wrong): {share} of that row.</source>
            <translation>Bei {count} der {total} Testziffern, die eine {true} sind, hat das Netz {predicted} geantwortet (falsch): {share} dieser Zeile.</translation>
        </message>
        <message>
            <source>{count} of the {total} test pictures that are {true} were answered {predicted} (right): {share} of that row.</source>
            <translation>Bei {count} der {total} Testbilder der Klasse {true} hat das Netz {predicted} geantwortet (richtig): {share} dieser Zeile.</translation>
        </message>
        <message>
            <source>{count} of the {total} test pictures that are {true} were answered {predicted} (wrong): {share} of that row.</source>
            <translation>Bei {count} der {total} Testbilder der Klasse {true} hat das Netz {predicted} geantwortet (falsch): {share} dieser Zeile.</translation>
        </message>
        <message>
            <source>{count} of the {total} test rows that are {true} were answered {predicted} (right): {share} of that row.</source>
            <translation>Bei {count} der {total} Testzeilen der Klasse {true} hat das Netz {predicted} geantwortet (richtig): {share} dieser Zeile.</translation>
        </message>
        <message>
            <source>{count} of the {total} test rows that are {true} were answered {predicted} (wrong): {share} of that row.</source>
            <translation>Bei {count} der {total} Testzeilen der Klasse {true} hat das Netz {predicted} geantwortet (falsch): {share} dieser Zeile.</translation>
        </message>
        <message>
            <source>{count} of the {total} test examples that are {true} were answered {predicted} (right): {share} of that row.</source>
            <translation>Bei {count} der {total} Testbeispiele der Klasse {true} hat das Netz {predicted} geantwortet (richtig): {share} dieser Zeile.</translation>
        </message>
        <message>
            <source>{count} of the {total} test examples that are {true} were answered {predicted} (wrong): {share} of that row.</source>
            <translation>Bei {count} der {total} Testbeispiele der Klasse {true} hat das Netz {predicted} geantwortet (falsch): {share} dieser Zeile.</translation>
        </message>
        <message>
            <source>The test digits that really are {name}.</source>
            <translation>Die Testziffern, die wirklich eine {name} sind.</translation>
        </message>
        <message>
            <source>The test pictures that really are {name}.</source>
            <translation>Die Testbilder, die wirklich zur Klasse {name} gehören.</translation>
        </message>
        <message>
            <source>The test rows that really are {name}.</source>
            <translation>Die Testzeilen, die wirklich zur Klasse {name} gehören.</translation>
        </message>
        <message>
            <source>The test examples that really are {name}.</source>
            <translation>Die Testbeispiele, die wirklich zur Klasse {name} gehören.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>nnstudio ran into a problem</source>
            <translation>nnstudio ist auf ein Problem gestoßen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Something unexpected went wrong inside nnstudio.&lt;/b&gt;&lt;br&gt;This is a bug in nnstudio, not something you did. Your project is still open; save it under a new name to be safe. If you tell your teacher, copy the report below and send it along.</source>
            <translation>&lt;b&gt;In nnstudio ist etwas Unerwartetes schiefgegangen.&lt;/b&gt;&lt;br&gt;Das ist ein Fehler in nnstudio, nicht etwas, das du falsch gemacht hast. Dein Projekt ist noch offen; speichere es sicherheitshalber unter einem neuen Namen. Wenn du deiner Lehrkraft Bescheid gibst, kopiere den Bericht unten und schick ihn mit.</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Bericht kopieren</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>Log-Ordner öffnen</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopiert</translation>
        </message>
    </context>
    <context>
        <name>CsvFile</name>
        <message>
            <source>Choose which column of the CSV file holds the label.</source>
            <extracomment>Enough of the file to hold its header row. Read-only: the table is shared by everyone who reads the same file (see read_csv). Class numbers 0..K-1, numbering the sorted distinct labels. Rows left out because a value was missing (only when the project skips such rows). The last table read, by the file (and its modification time) and the settings it was read with: the app describes the data, then loads it, and a big file takes seconds to read.</extracomment>
            <translation>Wähle, welche Spalte der CSV-Datei das Label enthält.</translation>
        </message>
        <message>
            <source>1 row with missing values was skipped.</source>
            <translation>1 Zeile mit fehlenden Werten wurde übersprungen.</translation>
        </message>
        <message>
            <source>{count:,} rows with missing values were skipped.</source>
            <translation>{count:,} Zeilen mit fehlenden Werten wurden übersprungen.</translation>
        </message>
    </context>
    <context>
        <name>DataPreviewTab</name>
        <message>
            <source>Class</source>
            <extracomment>How many digits and table rows are shown. (n, 28, 28) uint8 pictures, or None for a table. What the rows are, for the title: "training" (training rows) or "file" (rows of the file).</extracomment>
            <translation>Klasse</translation>
        </message>
        <message>
            <source>The dataset must be one of {names}: found {found}.</source>
            <translation>Der Datensatz muss einer von {names} sein: gefunden wurde {found}.</translation>
        </message>
        <message>
            <source>MNIST is not on this computer yet: Keras will download it when training starts (about 11 MB), or choose an MNIST .npz file or IDX folder.</source>
            <translation>MNIST ist noch nicht auf diesem Computer: Keras lädt es herunter, wenn das Training startet (etwa 11 MB), oder du wählst eine MNIST-.npz-Datei oder einen IDX-Ordner.</translation>
        </message>
        <message>
            <source>While loading, each picture is laid out as one row of {count} numbers (Flatten inputs is on).</source>
            <translation>Beim Laden wird jedes Bild als eine Zeile mit {count} Zahlen ausgelegt („Eingaben abflachen“ ist an).</translation>
        </message>
        <message>
            <source>Input {number}</source>
            <translation>Eingabe {number}</translation>
        </message>
        <message>
            <source>Feature {number}</source>
            <translation>Merkmal {number}</translation>
        </message>
        <message>
            <source>The CSV file {name}: {rows} rows, {features} features and {classes} classes in the column "{column}".</source>
            <translation>Die CSV-Datei {name}: {rows} Zeilen, {features} Merkmale und {classes} Klassen in der Spalte „{column}“.</translation>
        </message>
        <message>
            <source>{column} (class)</source>
            <translation>{column} (Klasse)</translation>
        </message>
        <message>
            <source>The first training pictures with their labels</source>
            <translation>Die ersten Trainingsbilder mit ihren Labels</translation>
        </message>
        <message>
            <source>The data as the network will see it</source>
            <translation>Die Daten so, wie das Netz sie sieht</translation>
        </message>
        <message>
            <source>The first training rows with their class</source>
            <translation>Die ersten Trainingszeilen mit ihrer Klasse</translation>
        </message>
        <message>
            <source>Loading the data…</source>
            <translation>Daten werden geladen …</translation>
        </message>
        <message>
            <source>Unknown dataset</source>
            <translation>Unbekannter Datensatz</translation>
        </message>
        <message>
            <source>The data could not be read: {error}</source>
            <translation>Die Daten konnten nicht gelesen werden: {error}</translation>
        </message>
        <message numerus="yes">
            <source>{dataset}: the first %n training picture(s)</source>
            <translation>
                <numerusform>{dataset}: %n Trainingsbild (das erste)</numerusform>
                <numerusform>{dataset}: die ersten %n Trainingsbilder</numerusform>
            </translation>
        </message>
        <message>
            <source>This picture is labelled {label}.</source>
            <translation>Dieses Bild ist mit {label} beschriftet.</translation>
        </message>
        <message numerus="yes">
            <source>{dataset}: the first %n row(s) of the file</source>
            <translation>
                <numerusform>{dataset}: %n Zeile der Datei (die erste)</numerusform>
                <numerusform>{dataset}: die ersten %n Zeilen der Datei</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{dataset}: the first %n training row(s)</source>
            <translation>
                <numerusform>{dataset}: %n Trainingszeile (die erste)</numerusform>
                <numerusform>{dataset}: die ersten %n Trainingszeilen</numerusform>
            </translation>
        </message>
        <message>
            <source>The class this row is labelled with: what the network should answer.</source>
            <translation>Die Klasse, mit der diese Zeile beschriftet ist: das, was das Netz antworten soll.</translation>
        </message>
    </context>
    <context>
        <name>DataReaders</name>
        <message>
            <source>{path} does not exist: expected a CSV file.</source>
            <extracomment>What the readers of csvfile.py, idx.py and mnist.py say, as they say it, with a named placeholder for each value they put in. Where a sentence differs by a few words (a variant of a reader's sentence, "1 data row" and "0 data rows"), each variant is written out. A message is taken for the first sentence it fits, so the more particular come first (the variant with more words; mnist.py's "In {where}, …" before idx.py's sentences, which would fit them too).</extracomment>
            <translation>{path} existiert nicht: Erwartet wird eine CSV-Datei.</translation>
        </message>
        <message>
            <source>{path} is a folder: expected a CSV file.</source>
            <translation>{path} ist ein Ordner: Erwartet wird eine CSV-Datei.</translation>
        </message>
        <message>
            <source>{path} is not a file but a pipe, a device or a socket: expected a CSV file.</source>
            <translation>{path} ist keine Datei, sondern eine Pipe, ein Gerät oder ein Socket: Erwartet wird eine CSV-Datei.</translation>
        </message>
        <message>
            <source>{name} has 0 data rows ({skipped} more had missing values and were skipped): expected at least 2 below the header.</source>
            <translation>{name} hat 0 Datenzeilen ({skipped} weitere hatten fehlende Werte und wurden übersprungen): Erwartet werden mindestens 2 unter der Kopfzeile.</translation>
        </message>
        <message>
            <source>{name} has 1 data row ({skipped} more had missing values and were skipped): expected at least 2 below the header.</source>
            <translation>{name} hat 1 Datenzeile ({skipped} weitere hatten fehlende Werte und wurden übersprungen): Erwartet werden mindestens 2 unter der Kopfzeile.</translation>
        </message>
        <message>
            <source>{name} has 0 data rows: expected at least 2 below the header.</source>
            <translation>{name} hat 0 Datenzeilen: Erwartet werden mindestens 2 unter der Kopfzeile.</translation>
        </message>
        <message>
            <source>{name} has 1 data row: expected at least 2 below the header.</source>
            <translation>{name} hat 1 Datenzeile: Erwartet werden mindestens 2 unter der Kopfzeile.</translation>
        </message>
        <message>
            <source>Row {row}, column "{column}" of {name} holds a number too large for the network: expected numbers between -3.4e38 and 3.4e38.</source>
            <translation>Zeile {row}, Spalte „{column}“ von {name} enthält eine Zahl, die für das Netz zu groß ist: Erwartet werden Zahlen zwischen -3.4e38 und 3.4e38.</translation>
        </message>
        <message>
            <source>The label column "{label_column}" of {name} holds only the class "{class_name}": expected at least 2 different labels.</source>
            <translation>Die Label-Spalte „{label_column}“ von {name} enthält nur die Klasse „{class_name}“: Erwartet werden mindestens 2 verschiedene Labels.</translation>
        </message>
        <message>
            <source>Row {row} of {name} has {cells} cells: expected {columns}, one for each column of the header.</source>
            <translation>Zeile {row} von {name} hat {cells} Zellen: Erwartet werden {columns}, eine für jede Spalte der Kopfzeile.</translation>
        </message>
        <message>
            <source>Row {row}, label column "{column}" of {name} is empty: expected a class label.</source>
            <translation>Zeile {row}, Label-Spalte „{column}“ von {name} ist leer: Erwartet wird ein Klassenlabel.</translation>
        </message>
        <message>
            <source>Row {row} of {name} has a cell of more than {limit} characters: expected numbers and short labels. A quote mark (") that is never closed turns the rest of the file into one cell.</source>
            <translation>Zeile {row} von {name} hat eine Zelle mit mehr als {limit} Zeichen: Erwartet werden Zahlen und kurze Labels. Ein Anführungszeichen ("), das nie geschlossen wird, macht den ganzen Rest der Datei zu einer einzigen Zelle.</translation>
        </message>
        <message>
            <source>Row {row} of {name} has a quote mark (") that is never closed: expected a closing quote mark at the end of the cell, found the end of the file.</source>
            <translation>Zeile {row} von {name} hat ein Anführungszeichen ("), das nie geschlossen wird: Erwartet wird ein schließendes Anführungszeichen am Ende der Zelle, gefunden wurde das Ende der Datei.</translation>
        </message>
        <message>
            <source>Row {row} of {name} is not valid CSV ({error}): expected cells separated by commas or semicolons, a quoted cell ending with a quote mark (") before the next one.</source>
            <translation>Zeile {row} von {name} ist kein gültiges CSV ({error}): Erwartet werden Zellen, die durch Kommas oder Semikolons getrennt sind; eine Zelle in Anführungszeichen muss vor der nächsten mit einem Anführungszeichen (") enden.</translation>
        </message>
        <message>
            <source>{name} is empty: expected a header row naming the columns.</source>
            <translation>{name} ist leer: Erwartet wird eine Kopfzeile mit den Namen der Spalten.</translation>
        </message>
        <message>
            <source>{name} has no header row: expected the first row to name the columns, found {cells}.</source>
            <translation>{name} hat keine Kopfzeile: Erwartet wird, dass die erste Zeile die Spalten benennt, gefunden wurde {cells}.</translation>
        </message>
        <message>
            <source>{name} has only one column ("{column}"): expected feature columns and a label column, separated by commas or semicolons.</source>
            <translation>{name} hat nur eine Spalte („{column}“): Erwartet werden Merkmalsspalten und eine Label-Spalte, getrennt durch Kommas oder Semikolons.</translation>
        </message>
        <message>
            <source>{name} has no column called "{wanted}": expected one of its columns, which are {columns} and {more} more.</source>
            <translation>{name} hat keine Spalte namens „{wanted}“: Erwartet wird eine der vorhandenen Spalten, nämlich {columns} und {more} weitere.</translation>
        </message>
        <message>
            <source>{name} has no column called "{wanted}": expected one of its columns, which are {columns}.</source>
            <translation>{name} hat keine Spalte namens „{wanted}“: Erwartet wird eine der vorhandenen Spalten, nämlich {columns}.</translation>
        </message>
        <message>
            <source>{name} has {count} columns called "{wanted}": expected exactly one, so the label column is clear.</source>
            <translation>{name} hat {count} Spalten namens „{wanted}“: Erwartet wird genau eine, damit klar ist, welche die Label-Spalte ist.</translation>
        </message>
        <message>
            <source>Row {row}, column {number} (no name) of {name} is empty: expected a number.</source>
            <translation>Zeile {row}, Spalte {number} (ohne Namen) von {name} ist leer: Erwartet wird eine Zahl.</translation>
        </message>
        <message>
            <source>Row {row}, column "{column}" of {name} is empty: expected a number.</source>
            <translation>Zeile {row}, Spalte „{column}“ von {name} ist leer: Erwartet wird eine Zahl.</translation>
        </message>
        <message>
            <source>Row {row}, column {number} (no name) of {name} holds "{cell}": expected a number.</source>
            <translation>Zeile {row}, Spalte {number} (ohne Namen) von {name} enthält „{cell}“: Erwartet wird eine Zahl.</translation>
        </message>
        <message>
            <source>Row {row}, column "{column}" of {name} holds "{cell}": expected a number.</source>
            <translation>Zeile {row}, Spalte „{column}“ von {name} enthält „{cell}“: Erwartet wird eine Zahl.</translation>
        </message>
        <message>
            <source>The downloaded file is not MNIST: expected SHA-256 {expected}, received {received}.</source>
            <translation>Die heruntergeladene Datei ist nicht MNIST: Erwartet wurde SHA-256 {expected}, erhalten wurde {received}.</translation>
        </message>
        <message>
            <source>{path} is not an .npz file: expected a NumPy .npz archive (a zip file), found something else or a file that is cut short.</source>
            <translation>{path} ist keine .npz-Datei: Erwartet wird ein NumPy-.npz-Archiv (eine ZIP-Datei), gefunden wurde etwas anderes oder eine abgeschnittene Datei.</translation>
        </message>
        <message>
            <source>{path} could not be opened as an .npz archive: expected NumPy arrays, found a damaged file ({error}).</source>
            <translation>{path} konnte nicht als .npz-Archiv geöffnet werden: Erwartet werden NumPy-Arrays, gefunden wurde eine beschädigte Datei ({error}).</translation>
        </message>
        <message>
            <source>{path} is missing {missing}: expected the arrays {expected}, found none.</source>
            <translation>In {path} fehlt mindestens ein Array ({missing}): Erwartet werden die Arrays {expected}, gefunden wurde keines davon.</translation>
        </message>
        <message>
            <source>{path} is missing {missing}: expected the arrays {expected}, found {found}.</source>
            <translation>In {path} fehlt mindestens ein Array ({missing}): Erwartet werden die Arrays {expected}, gefunden: {found}.</translation>
        </message>
        <message>
            <source>{path} is damaged: expected readable arrays {expected}, found one that cannot be read ({error}).</source>
            <translation>{path} ist beschädigt: Erwartet werden lesbare Arrays {expected}, gefunden wurde eines, das sich nicht lesen lässt ({error}).</translation>
        </message>
        <message>
            <source>In {where}, {array} has shape {shape}: expected 28 by 28 pictures, shape (number of pictures, 28, 28).</source>
            <translation>In {where} hat {array} die Form {shape}: Erwartet werden Bilder mit 28 mal 28 Pixeln, also die Form (Anzahl der Bilder, 28, 28).</translation>
        </message>
        <message>
            <source>In {where}, {array} holds {dtype} numbers: expected uint8 pixels 0 to 255.</source>
            <translation>In {where} enthält {array} Zahlen vom Typ {dtype}: Erwartet werden uint8-Pixel von 0 bis 255.</translation>
        </message>
        <message>
            <source>In {where}, {array} holds no pictures: expected at least one.</source>
            <translation>In {where} enthält {array} keine Bilder: Erwartet wird mindestens eines.</translation>
        </message>
        <message>
            <source>In {where}, {array} has shape {shape}: expected one label per picture, shape ({count},).</source>
            <translation>In {where} hat {array} die Form {shape}: Erwartet wird ein Label pro Bild, also die Form ({count},).</translation>
        </message>
        <message>
            <source>In {where}, {array} holds {dtype} values: expected whole-number labels 0 to 9.</source>
            <translation>In {where} enthält {array} Werte vom Typ {dtype}: Erwartet werden ganzzahlige Labels von 0 bis 9.</translation>
        </message>
        <message>
            <source>In {where}, {images} has {pictures} pictures but {array} has {labels} labels: expected one label per picture.</source>
            <translation>In {where} hat {images} {pictures} Bilder, aber {array} hat {labels} Labels: Erwartet wird ein Label pro Bild.</translation>
        </message>
        <message>
            <source>In {where}, {array} has the label {label} (example {example}): expected labels 0 to 9.</source>
            <translation>In {where} hat {array} das Label {label} (Beispiel {example}): Erwartet werden Labels von 0 bis 9.</translation>
        </message>
        <message>
            <source>The folder {folder} holds none of the MNIST files: expected the four MNIST files {expected} (each may end in .gz).</source>
            <translation>Der Ordner {folder} enthält keine der MNIST-Dateien: Erwartet werden die vier MNIST-Dateien {expected} (jede darf auf .gz enden).</translation>
        </message>
        <message>
            <source>The folder {folder} is missing {missing}: expected the four MNIST files {expected} (each may end in .gz).</source>
            <translation>Im Ordner {folder} fehlt mindestens eine Datei ({missing}): Erwartet werden die vier MNIST-Dateien {expected} (jede darf auf .gz enden).</translation>
        </message>
        <message>
            <source>{images_file} has {pictures} pictures but {labels_file} has {labels} labels: expected one label per picture.</source>
            <translation>{images_file} hat {pictures} Bilder, aber {labels_file} hat {labels} Labels: Erwartet wird ein Label pro Bild.</translation>
        </message>
        <message>
            <source>{name} holds pictures of {rows} by {columns} pixels: expected 28 by 28.</source>
            <translation>{name} enthält Bilder mit {rows} mal {columns} Pixeln: Erwartet werden 28 mal 28.</translation>
        </message>
        <message>
            <source>{name} has the label {label} (example {example}): expected labels 0 to 9.</source>
            <translation>{name} hat das Label {label} (Beispiel {example}): Erwartet werden Labels von 0 bis 9.</translation>
        </message>
        <message>
            <source>{name} is a damaged gzip file: expected a complete compressed IDX file, found one that is cut short or corrupt.</source>
            <translation>{name} ist eine beschädigte gzip-Datei: Erwartet wird eine vollständige komprimierte IDX-Datei, gefunden wurde eine abgeschnittene oder kaputte.</translation>
        </message>
        <message>
            <source>{name} is too short to be an MNIST image file: expected at least {size} bytes, found {found}.</source>
            <translation>{name} ist zu kurz für eine MNIST-Bilddatei: Erwartet werden mindestens {size} Bytes, gefunden wurden {found}.</translation>
        </message>
        <message>
            <source>{name} is too short to be an MNIST label file: expected at least {size} bytes, found {found}.</source>
            <translation>{name} ist zu kurz für eine MNIST-Labeldatei: Erwartet werden mindestens {size} Bytes, gefunden wurden {found}.</translation>
        </message>
        <message>
            <source>{name} is not an MNIST image file: expected magic number {magic}, found {found}.</source>
            <translation>{name} ist keine MNIST-Bilddatei: Erwartet wird die Kennzahl (Magic Number) {magic}, gefunden wurde {found}.</translation>
        </message>
        <message>
            <source>{name} is not an MNIST label file: expected magic number {magic}, found {found}.</source>
            <translation>{name} ist keine MNIST-Labeldatei: Erwartet wird die Kennzahl (Magic Number) {magic}, gefunden wurde {found}.</translation>
        </message>
        <message>
            <source>{name} is truncated: expected a header of {size} bytes, found {found}.</source>
            <translation>{name} ist abgeschnitten: Erwartet wird ein Dateikopf von {size} Bytes, gefunden wurden {found}.</translation>
        </message>
        <message>
            <source>{name} is truncated: expected {expected} bytes of pixels after the header, found {found}.</source>
            <translation>{name} ist abgeschnitten: Erwartet werden {expected} Bytes mit Pixeln nach dem Dateikopf, gefunden wurden {found}.</translation>
        </message>
        <message>
            <source>{name} is truncated: expected {expected} labels after the header, found {found}.</source>
            <translation>{name} ist abgeschnitten: Erwartet werden {expected} Labels nach dem Dateikopf, gefunden wurden {found}.</translation>
        </message>
        <message>
            <source>{name} is longer than its header says: expected {expected} bytes of pixels after the header, found {found}.</source>
            <translation>{name} ist länger, als sein Dateikopf angibt: Erwartet werden {expected} Bytes mit Pixeln nach dem Dateikopf, gefunden wurden {found}.</translation>
        </message>
        <message>
            <source>{name} is longer than its header says: expected {expected} labels after the header, found {found}.</source>
            <translation>{name} ist länger, als sein Dateikopf angibt: Erwartet werden {expected} Labels nach dem Dateikopf, gefunden wurden {found}.</translation>
        </message>
        <message>
            <source>The CSV file could not be read: expected rows of cells separated by commas or semicolons, found a problem the CSV reader describes as: {problem}.</source>
            <extracomment>What a placeholder stands for, where it is narrower than "any text": a row's number and an array's name (x_train).</extracomment>
            <translation>Die CSV-Datei konnte nicht gelesen werden: Erwartet werden Zeilen mit Zellen, die durch Kommas oder Semikolons getrennt sind. Der CSV-Leser beschreibt das Problem so: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>DatasetLoading</name>
        <message>
            <source>MNIST will be downloaded from the internet: no copy is on this computer.</source>
            <extracomment>The catalog key: "mnist", "xor", "features8" or "csv". float32, preprocessed, flattened if the spec says so. int64 class numbers 0..K-1 (turn them into what the loss wants with ``encode_labels``). One sentence for the user: where the data came from. The file or folder actually read; None for generated or downloaded data. "bundled", "keras-cache", "npz", "idx", "download", "generated" or "csv". The preprocessing fitted on the training set, for new inputs such as a drawn digit (after flattening, if the spec flattens). The test inputs as read, before flattening and preprocessing (for showing them). What validation needs to know about the data, found without loading it all: the shape of one example (after flattening), the number of classes and their names. One type, shared with the validator.</extracomment>
            <translation>MNIST wird aus dem Internet heruntergeladen: Auf diesem Computer gibt es keine Kopie.</translation>
        </message>
        <message>
            <source>{path} does not exist: expected a CSV file.</source>
            <translation>{path} existiert nicht: Erwartet wird eine CSV-Datei.</translation>
        </message>
        <message>
            <source>Choose a file for {dataset}.</source>
            <translation>Wähle eine Datei für {dataset} aus.</translation>
        </message>
        <message>
            <source>The dataset must be one of {datasets}: found {name!r}.</source>
            <translation>Der Datensatz muss einer von {datasets} sein: Gefunden wurde {name!r}.</translation>
        </message>
        <message>
            <source>The test share must be a number from 0 up to (but not including) 1: found {value!r}.</source>
            <translation>Der Testanteil muss eine Zahl ab 0 und kleiner als 1 sein: Gefunden wurde {value!r}.</translation>
        </message>
        <message>
            <source>The train limit must be a whole number of at least 0 (0 uses all examples): found {value!r}.</source>
            <translation>Das Trainingslimit muss eine ganze Zahl ab 0 sein (0 nimmt alle Beispiele): Gefunden wurde {value!r}.</translation>
        </message>
        <message>
            <source>The test limit must be a whole number of at least 0 (0 uses all examples): found {value!r}.</source>
            <translation>Das Testlimit muss eine ganze Zahl ab 0 sein (0 nimmt alle Beispiele): Gefunden wurde {value!r}.</translation>
        </message>
        <message>
            <source>The XOR truth table: four rows, used both for training and for testing.</source>
            <translation>Die Wahrheitstabelle von XOR: vier Zeilen, die sowohl zum Training als auch zum Testen verwendet werden.</translation>
        </message>
        <message>
            <source>{examples:,} generated examples with 8 features in 4 classes (the same every time): {train:,} for training and {test:,} for testing.</source>
            <translation>{examples:,} erzeugte Beispiele mit 8 Merkmalen in 4 Klassen (jedes Mal dieselben): {train:,} zum Training und {test:,} zum Testen.</translation>
        </message>
        <message>
            <source>The CSV file {path}: {rows}, {features} and {classes} in the column "{column}", {train} for training and {test:,} for testing.</source>
            <translation>Die CSV-Datei {path}: {rows}, {features} und {classes} in der Spalte „{column}“, {train} zum Training und {test:,} zum Testen.</translation>
        </message>
        <message numerus="yes">
            <source>{count:,} feature(s)</source>
            <translation>
                <numerusform>{count:,} Merkmal</numerusform>
                <numerusform>{count:,} Merkmale</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count:,} class(es)</source>
            <translation>
                <numerusform>{count:,} Klasse</numerusform>
                <numerusform>{count:,} Klassen</numerusform>
            </translation>
        </message>
        <message>
            <source>With a test share of {share:g}, none of the {rows} rows of the generated data are left for training: expected a smaller test share or more rows.</source>
            <translation>Bei einem Testanteil von {share:g} bleibt keine der {rows} Zeilen der erzeugten Daten für das Training übrig: Erwartet wird ein kleinerer Testanteil oder mehr Zeilen.</translation>
        </message>
        <message>
            <source>With a test share of {share:g}, none of the {rows} rows of {file} are left for training: expected a smaller test share or more rows.</source>
            <translation>Bei einem Testanteil von {share:g} bleibt keine der {rows} Zeilen von {file} für das Training übrig: Erwartet wird ein kleinerer Testanteil oder mehr Zeilen.</translation>
        </message>
        <message numerus="yes">
            <source>{count:,} row(s)</source>
            <translation>
                <numerusform>{count:,} Zeile</numerusform>
                <numerusform>{count:,} Zeilen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Diagram</name>
        <message>
            <source>Network diagram</source>
            <extracomment>At most this many neurons are drawn in one column (an ellipsis stands for the rest). At most this many feature maps are drawn in one stack. The band colour of each kind the catalog draws as a marker (a test checks none is missing). Index of the layer in the stack. The layer's kind ("Dense", "Conv2D", ...). "neurons", "maps" (pictures, feature maps), "marker" (a band) or "unknown" (no shape). The whole slot, label included: clicking anywhere in it selects the layer. The true number of neurons (for "neurons") or of feature maps (for "maps"). Which neurons are drawn (their indices in the layer), top to bottom. The centres of the drawn neurons, in the order of ``units``. Where the vertical ellipsis goes, when not every neuron is drawn. The feature-map squares, back to front. Height and width of one feature map. The band of a marker, or the box of an unknown column. "data", "hidden" or "output": which colours the neurons get. Written under the column: the true count of an elided column, or a picture's size. The trained weight, when weights are known for this layer. A drawn neuron was double-clicked: the layer's index in the stack and the neuron's.</extracomment>
            <translation>Netzdiagramm</translation>
        </message>
        <message>
            <source>No layers yet.</source>
            <translation>Noch keine Schichten.</translation>
        </message>
        <message>
            <source>Double-click a neuron to see its arithmetic (once the network is trained).</source>
            <translation>Doppelklicke auf ein Neuron, um seine Rechnung zu sehen (sobald das Netz trainiert ist).</translation>
        </message>
        <message>
            <source>Output shape: {shape}</source>
            <translation>Ausgabeform: {shape}</translation>
        </message>
        <message>
            <source>Add layers from the palette to see the network here.</source>
            <translation>Füge Schichten aus der Palette hinzu, um das Netz hier zu sehen.</translation>
        </message>
        <message numerus="yes">
            <source>%n map(s)</source>
            <translation>
                <numerusform>%n Merkmalskarte</numerusform>
                <numerusform>%n Merkmalskarten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DrawDigit</name>
        <message>
            <source>Train a network on MNIST digits first; then draw one here.</source>
            <extracomment>The drawing is kept at this resolution whatever the widget's size: ten canvas pixels to one MNIST pixel. A round pen this wide: a digit drawn about as tall as the box, scaled down to MNIST's 20 pixels, gets strokes about 2 pixels wide, like MNIST's. ``drawing_changed`` is sent at most this often while drawing (milliseconds). The network's view of the digit is drawn this many screen pixels per pixel.</extracomment>
            <translation>Trainiere zuerst ein Netz mit MNIST-Ziffern; dann zeichne hier eine Ziffer.</translation>
        </message>
        <message>
            <source>Draw a digit in the box.</source>
            <translation>Zeichne eine Ziffer in das Feld.</translation>
        </message>
        <message>
            <source>Drawing pad</source>
            <extracomment>Below this confidence the sentence says the network is unsure. The drawing changed: sent while drawing (at most every ``THROTTLE_MS``), and at once when a stroke ends, on :meth:`clear` and on :meth:`set_image`.</extracomment>
            <translation>Zeichenfläche</translation>
        </message>
        <message>
            <source>Draw a digit here with the mouse or a pen.</source>
            <translation>Zeichne hier mit der Maus oder einem Stift eine Ziffer.</translation>
        </message>
        <message>
            <source>Draw a digit here with the mouse or a pen, as large as the box.</source>
            <translation>Zeichne hier mit der Maus oder einem Stift eine Ziffer, so groß wie das Feld.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Wipe the pad to draw another digit.</source>
            <translation>Die Zeichenfläche leeren, um eine neue Ziffer zu zeichnen.</translation>
        </message>
        <message>
            <source>Draw one digit, large, in the middle of the black box. It is cut out, shrunk to 20 by 20 pixels and centred in 28 by 28, as MNIST's digits were.</source>
            <translation>Zeichne eine einzelne Ziffer groß in die Mitte des schwarzen Felds. Sie wird ausgeschnitten, auf 20 mal 20 Pixel verkleinert und in 28 mal 28 Pixeln zentriert, so wie die Ziffern von MNIST.</translation>
        </message>
        <message>
            <source>The network's answer</source>
            <translation>Die Antwort des Netzes</translation>
        </message>
        <message>
            <source>What the network sees (28 × 28 pixels):</source>
            <translation>Was das Netz sieht (28 × 28 Pixel):</translation>
        </message>
        <message>
            <source>The drawing as the network sees it</source>
            <translation>Die Zeichnung, wie das Netz sie sieht</translation>
        </message>
        <message>
            <source>Your drawing cut out, shrunk and centred: these 784 pixels go into the network.</source>
            <translation>Deine Zeichnung, ausgeschnitten, verkleinert und zentriert: Diese 784 Pixel gehen ins Netz.</translation>
        </message>
        <message>
            <source>How sure it is of each answer:</source>
            <translation>Wie sicher es sich bei jeder Antwort ist:</translation>
        </message>
        <message>
            <source>This network expects inputs of shape {shape}; a drawn digit is 28 × 28 pixels, so it cannot be tested here.</source>
            <translation>Dieses Netz erwartet Eingaben der Form {shape}; eine gezeichnete Ziffer hat 28 × 28 Pixel, deshalb kann es hier nicht getestet werden.</translation>
        </message>
        <message>
            <source>The network could not answer: {error}</source>
            <translation>Das Netz konnte nicht antworten: {error}</translation>
        </message>
        <message>
            <source>The network answered {numbers} numbers for {classes} classes, so its answer cannot be shown.</source>
            <translation>Das Netz hat {numbers} Zahlen für {classes} Klassen geliefert, deshalb kann seine Antwort nicht angezeigt werden.</translation>
        </message>
        <message>
            <source>{name}: {value}</source>
            <translation>{name}: {value}</translation>
        </message>
        <message>
            <source>{name}: no answer yet</source>
            <translation>{name}: noch keine Antwort</translation>
        </message>
        <message>
            <source>It's a {name} — {sure} sure.</source>
            <translation>Das ist eine {name} – zu {sure} sicher.</translation>
        </message>
        <message>
            <source>Perhaps a {name}? Only {sure} sure.</source>
            <translation>Vielleicht eine {name}? Nur zu {sure} sicher.</translation>
        </message>
    </context>
    <context>
        <name>Edits</name>
        <message>
            <source>layers</source>
            <comment>a setting, inside a sentence</comment>
            <translation>Schichten</translation>
        </message>
        <message>
            <source>loss</source>
            <comment>a setting, inside a sentence</comment>
            <translation>Verlust</translation>
        </message>
        <message>
            <source>optimizer</source>
            <comment>a setting, inside a sentence</comment>
            <translation>Optimierer</translation>
        </message>
        <message>
            <source>metrics</source>
            <comment>a setting, inside a sentence</comment>
            <translation>Metriken</translation>
        </message>
        <message>
            <source>This step keeps {setting} as it is: {reason}</source>
            <extracomment>The selected layer's index, or -1 for none. A finished training run was added to the project. (sentence) an edit was refused: the setting is locked by the lesson's step. Which settings are locked changed (a lesson's step began or ended).</extracomment>
            <translation>In diesem Schritt bleibt „{setting}“ unverändert: {reason}</translation>
        </message>
        <message>
            <source>Delete run {number}</source>
            <translation>Durchlauf {number} löschen</translation>
        </message>
        <message>
            <source>Restore a run's settings</source>
            <translation>Einstellungen eines Durchlaufs wiederherstellen</translation>
        </message>
        <message>
            <source>Insert {layer}</source>
            <translation>{layer} einfügen</translation>
        </message>
        <message>
            <source>Delete {layer}</source>
            <translation>{layer} löschen</translation>
        </message>
        <message>
            <source>Move {layer}</source>
            <translation>{layer} verschieben</translation>
        </message>
        <message>
            <source>Change {layer} {setting}</source>
            <translation>{setting} von {layer} ändern</translation>
        </message>
        <message>
            <source>Change {setting}</source>
            <translation>{setting} ändern</translation>
        </message>
        <message>
            <source>Change optimizer</source>
            <translation>Optimierer ändern</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>The network has problems:
{problems}</source>
            <translation>Das Netz hat Probleme:
{problems}</translation>
        </message>
    </context>
    <context>
        <name>ExportCode</name>
        <message>
            <source>{title}: a Keras script exported from nnstudio.</source>
            <extracomment>The words of an exported script or notebook: its comments, docstrings and notebook text (the code itself stays as Keras has it).</extracomment>
            <translation>{title}: ein Keras-Skript, exportiert aus nnstudio.</translation>
        </message>
        <message>
            <source>Load the data, then build, train and test (--strategy spreads the training).</source>
            <translation>Die Daten laden, dann bauen, trainieren und testen (--strategy verteilt das Training).</translation>
        </message>
        <message>
            <source>A Keras notebook exported from nnstudio.</source>
            <translation>Ein Keras-Notebook, exportiert aus nnstudio.</translation>
        </message>
        <message>
            <source>Load the examples and prepare them exactly as nnstudio does, with the labels encoded as the loss needs them.</source>
            <translation>Die Beispiele laden und genau so vorbereiten wie nnstudio, mit den Labels so kodiert, wie die Verlustfunktion sie braucht.</translation>
        </message>
        <message>
            <source>Build the network layer by layer and compile it with its loss and optimizer.</source>
            <translation>Das Netz Schicht für Schicht bauen und mit seiner Verlustfunktion und seinem Optimierer kompilieren.</translation>
        </message>
        <message>
            <source>Train the network: each epoch works through all the training examples once.</source>
            <translation>Das Netz trainieren: In jeder Epoche werden alle Trainingsbeispiele einmal durchgearbeitet.</translation>
        </message>
        <message>
            <source>Check the network on test examples it has never seen.</source>
            <translation>Das Netz an Testbeispielen prüfen, die es noch nie gesehen hat.</translation>
        </message>
        <message>
            <source>The data</source>
            <translation>Die Daten</translation>
        </message>
        <message>
            <source>The model</source>
            <translation>Das Modell</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Testing</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Expected the format 'script' or 'notebook'. Received: {format}.</source>
            <translation>Erwartet wurde das Format 'script' oder 'notebook'. Erhalten: {format}.</translation>
        </message>
        <message>
            <source>Expected a file name ending in .py (a Python script) or .ipynb (a Jupyter notebook). Received: {name}.</source>
            <translation>Erwartet wurde ein Dateiname, der auf .py (ein Python-Skript) oder .ipynb (ein Jupyter-Notebook) endet. Erhalten: {name}.</translation>
        </message>
        <message>
            <source>the weights are made once per device</source>
            <extracomment>The project's name, safe to show as text. Paragraphs saying where the code came from and what it does, safe to show as text. Top-level function definitions: the data functions, ``load_data``, then ``build_model``. The modules the copied data code imports.</extracomment>
            <translation>die Gewichte werden einmal pro Gerät angelegt</translation>
        </message>
        <message>
            <source>The folder this script is in: the data travels beside it.</source>
            <translation>Der Ordner, in dem dieses Skript liegt: Die Daten liegen direkt daneben.</translation>
        </message>
        <message>
            <source>The folder this notebook is in (Jupyter runs it there): the data travels beside it.</source>
            <translation>Der Ordner, in dem dieses Notebook liegt (Jupyter führt es dort aus): Die Daten liegen direkt daneben.</translation>
        </message>
        <message>
            <source>Layer 1 (Input): its shape is unknown. Set it, or choose data to take it from.</source>
            <translation>Schicht 1 (Input): Ihre Form ist unbekannt. Setze sie oder wähle Daten, aus denen sie übernommen wird.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>Made from the nnstudio template "{template}".</source>
            <translation>Erstellt aus der nnstudio-Vorlage „{template}“.</translation>
        </message>
        <message>
            <source>It needs only numpy and Keras 3: it loads the same data, prepares it the same way and builds the same network as nnstudio, then trains it and prints how well it does on the test examples.</source>
            <translation>Es braucht nur numpy und Keras 3: Es lädt dieselben Daten, bereitet sie genauso vor und baut dasselbe Netz wie nnstudio, trainiert es dann und gibt aus, wie gut es bei den Testbeispielen abschneidet.</translation>
        </message>
        <message>
            <source>The functions before load_data() are nnstudio's own data code, copied in unchanged.</source>
            <translation>Die Funktionen vor load_data() sind der eigene Datencode von nnstudio, unverändert hineinkopiert.</translation>
        </message>
    </context>
    <context>
        <name>ExportDataCode</name>
        <message>
            <source>MNIST is by Yann LeCun and Corinna Cortes, who make it available under the Creative Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0).</source>
            <extracomment>The words of the exported code (its comments, docstrings and notes; the code stays Keras). In English: :func:`mnist_credit` says it in the language spoken.</extracomment>
            <translation>MNIST stammt von Yann LeCun und Corinna Cortes, die es unter der Lizenz Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 3.0 (CC BY-SA 3.0) zur Verfügung stellen.</translation>
        </message>
        <message>
            <source>Each example laid out as one long row of numbers (784 for a digit).</source>
            <extracomment>The statements that load the data, as the script's main() and the notebook run them. Names the script defines itself, which no copied function or constant may take. A paragraph saying where the data comes from, safe to show as text. Standard-library modules the copied functions use (numpy is always imported). The copied functions' definitions, then ``load_data``.</extracomment>
            <translation>Jedes Beispiel als eine lange Zahlenreihe ausgelegt (784 Zahlen bei einer Ziffer).</translation>
        </message>
        <message>
            <source>The training and test examples, prepared exactly as nnstudio prepares them.</source>
            <translation>Die Trainings- und Testbeispiele, genau so vorbereitet, wie nnstudio sie vorbereitet.</translation>
        </message>
        <message>
            <source>The data: the XOR truth table, whose four rows are used for training and testing.</source>
            <translation>Die Daten: die XOR-Wahrheitstabelle, deren vier Zeilen zum Trainieren und zum Testen verwendet werden.</translation>
        </message>
        <message>
            <source>The four rows are all there is, so they are the test set too.</source>
            <translation>Die vier Zeilen sind alles, was es gibt, also sind sie auch die Testdaten.</translation>
        </message>
        <message>
            <source>The data: 1,000 generated examples with 8 features in 4 classes, made by the same code as in nnstudio, so they are the very same numbers.</source>
            <translation>Die Daten: 1000 generierte Beispiele mit 8 Merkmalen in 4 Klassen, erzeugt mit demselben Code wie in nnstudio, also genau dieselben Zahlen.</translation>
        </message>
        <message>
            <source>The data: a CSV file with a header row (CSV_PATH below); the column named in LABEL_COLUMN holds the labels, the other columns the features.</source>
            <translation>Die Daten: eine CSV-Datei mit einer Kopfzeile (CSV_PATH unten); die Spalte, die in LABEL_COLUMN steht, enthält die Labels, die anderen Spalten enthalten die Merkmale.</translation>
        </message>
        <message>
            <source>Rows with a missing value (an empty cell, NA, N/A, NaN, null or ?) are left out,
as in nnstudio.</source>
            <translation>Zeilen mit einem fehlenden Wert (einer leeren Zelle, NA, N/A, NaN, null oder ?) werden weggelassen,
wie in nnstudio.</translation>
        </message>
        <message>
            <source>The data: the MNIST handwritten digits, read from {name} beside this code (MNIST_PATH below), or downloaded from where Keras downloads it where that is missing.</source>
            <translation>Die Daten: die handgeschriebenen MNIST-Ziffern, gelesen aus {name} neben diesem Code (MNIST_PATH unten) oder, falls die Datei fehlt, von dort heruntergeladen, woher Keras sie lädt.</translation>
        </message>
        <message>
            <source>The data: the MNIST handwritten digits, downloaded from where Keras downloads it, as nnstudio found no copy on this computer.</source>
            <translation>Die Daten: die handgeschriebenen MNIST-Ziffern, heruntergeladen von dort, woher Keras sie lädt, weil nnstudio auf diesem Computer keine Kopie gefunden hat.</translation>
        </message>
        <message>
            <source>The data: the MNIST handwritten digits, read from the same file as in nnstudio (MNIST_PATH below), or downloaded from where Keras downloads it where that file is missing.</source>
            <translation>Die Daten: die handgeschriebenen MNIST-Ziffern, gelesen aus derselben Datei wie in nnstudio (MNIST_PATH unten) oder, falls diese Datei fehlt, von dort heruntergeladen, woher Keras sie lädt.</translation>
        </message>
        <message>
            <source>The rows are shuffled with a fixed seed, then cut into training and test sets.</source>
            <translation>Die Zeilen werden mit einem festen Startwert gemischt und dann in Trainings- und Testdaten aufgeteilt.</translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n training example(s), as set in nnstudio.</source>
            <translation>
                <numerusform>Nur %n Trainingsbeispiel (das erste), wie in nnstudio eingestellt.</numerusform>
                <numerusform>Nur die ersten %n Trainingsbeispiele, wie in nnstudio eingestellt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Only the first %n test example(s), as set in nnstudio.</source>
            <translation>
                <numerusform>Nur %n Testbeispiel (das erste), wie in nnstudio eingestellt.</numerusform>
                <numerusform>Nur die ersten %n Testbeispiele, wie in nnstudio eingestellt.</numerusform>
            </translation>
        </message>
        <message>
            <source>The numbers are used as they are, as 32-bit floats.</source>
            <translation>Die Zahlen werden so verwendet, wie sie sind, als 32-Bit-Gleitkommazahlen.</translation>
        </message>
        <message>
            <source>{method} The statistics come from the training data only, and the test data is changed in exactly the same way, as new data would be.</source>
            <translation>{method} Die Statistiken stammen nur aus den Trainingsdaten, und die Testdaten werden genau gleich verändert, so wie es auch mit neuen Daten geschehen würde.</translation>
        </message>
        <message>
            <source>{loss} wants each label as its class number.</source>
            <translation>{loss} möchte jedes Label als seine Klassennummer.</translation>
        </message>
        <message>
            <source>{loss} with one output unit wants each label as a 0 or 1, in a column.</source>
            <translation>{loss} mit einem Ausgabeneuron möchte jedes Label als 0 oder 1, in einer Spalte.</translation>
        </message>
        <message>
            <source>{loss} wants one column per class, with a 1 in the column of the right class.</source>
            <translation>{loss} möchte eine Spalte pro Klasse, mit einer 1 in der Spalte der richtigen Klasse.</translation>
        </message>
        <message>
            <source>Exporting code needs the source of {function}, which this installation of nnstudio lacks. Expected its .py file next to the compiled one; reinstalling nnstudio brings it back.</source>
            <extracomment>In the order they are first used, each before the functions it calls. The data file or folder beside the exported code, if it travels with it.</extracomment>
            <translation>Zum Exportieren von Code wird der Quelltext von {function} gebraucht, der in dieser nnstudio-Installation fehlt. Erwartet wurde seine .py-Datei neben der kompilierten; wenn du nnstudio neu installierst, ist sie wieder da.</translation>
        </message>
    </context>
    <context>
        <name>ExportFolder</name>
        <message>
            <source>Project folder exported</source>
            <translation>Projektordner exportiert</translation>
        </message>
        <message>
            <source>&lt;p&gt;Wrote &lt;b&gt;{folder}&lt;/b&gt;:&lt;/p&gt;&lt;ul&gt;{files}&lt;/ul&gt;&lt;p&gt;Copy the whole folder anywhere: the code finds its data beside itself. &lt;b&gt;Verify&lt;/b&gt; runs the script on its own, offline, for one short epoch on a few hundred examples, to prove that it works.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;{folder}&lt;/b&gt; wurde geschrieben:&lt;/p&gt;&lt;ul&gt;{files}&lt;/ul&gt;&lt;p&gt;Kopiere den ganzen Ordner, wohin du willst: Der Code findet seine Daten direkt neben sich. &lt;b&gt;Prüfen&lt;/b&gt; führt das Skript eigenständig und offline aus, für eine kurze Epoche mit ein paar Hundert Beispielen, um zu zeigen, dass es funktioniert.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>What the exported script printed</source>
            <translation>Was das exportierte Skript ausgegeben hat</translation>
        </message>
        <message>
            <source>Verify</source>
            <translation>Prüfen</translation>
        </message>
        <message>
            <source>Run the exported script offline for one short epoch</source>
            <translation>Das exportierte Skript offline für eine kurze Epoche ausführen</translation>
        </message>
        <message>
            <source>Verifying: running the script offline (10 to 30 seconds)…</source>
            <translation>Prüfung läuft: Das Skript wird offline ausgeführt (10 bis 30 Sekunden) …</translation>
        </message>
        <message>
            <source>&lt;b&gt;Passed:&lt;/b&gt; {sentence}</source>
            <translation>&lt;b&gt;Bestanden:&lt;/b&gt; {sentence}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Failed:&lt;/b&gt; {sentence}</source>
            <translation>&lt;b&gt;Fehlgeschlagen:&lt;/b&gt; {sentence}</translation>
        </message>
    </context>
    <context>
        <name>ExportModelCode</name>
        <message>
            <source>Fixing the seed fixes the random starting weights and the shuffling, as in nnstudio.</source>
            <extracomment>The comments and docstrings of the exported code (the code itself stays as Keras has it). Above this many epochs the training prints one line per epoch instead of a progress bar. The statements that build the model, as the script's main() and the notebook run them.</extracomment>
            <translation>Ein fester Startwert legt die zufälligen Startgewichte und das Mischen fest, wie in nnstudio.</translation>
        </message>
        <message>
            <source>Several training steps per call: faster, with the very same arithmetic.</source>
            <translation>Mehrere Trainingsschritte pro Aufruf: schneller, mit genau derselben Rechnung.</translation>
        </message>
        <message>
            <source>XLA compiles each training step into machine code: faster over a run this long.</source>
            <translation>XLA übersetzt jeden Trainingsschritt in Maschinencode: schneller bei einem so langen Durchlauf.</translation>
        </message>
        <message>
            <source>No XLA: compiling the step would take longer than it saves on this run.</source>
            <translation>Kein XLA: Das Übersetzen des Schritts würde bei diesem Durchlauf länger dauern, als es einspart.</translation>
        </message>
        <message>
            <source>The network, built and compiled as in nnstudio.</source>
            <translation>Das Netz, gebaut und kompiliert wie in nnstudio.</translation>
        </message>
        <message>
            <source>verbose=2 prints one line per epoch, so {epochs} epochs stay readable.</source>
            <translation>verbose=2 gibt eine Zeile pro Epoche aus, damit {epochs} Epochen lesbar bleiben.</translation>
        </message>
        <message>
            <source>One sigmoid unit says yes (1) when its output is above 0.5.</source>
            <translation>Ein Sigmoid-Neuron sagt Ja (1), wenn seine Ausgabe über 0.5 liegt.</translation>
        </message>
        <message>
            <source>The network's answer is the class with the biggest output.</source>
            <translation>Die Antwort des Netzes ist die Klasse mit der größten Ausgabe.</translation>
        </message>
        <message>
            <source>On several computers Keras's evaluate() does not work yet: the loss from the
network's answers.</source>
            <translation>Auf mehreren Computern funktioniert evaluate() von Keras noch nicht: der Verlust aus den
Antworten des Netzes.</translation>
        </message>
        <message>
            <source>Print how well the network does.</source>
            <translation>Ausgeben, wie gut das Netz ist.</translation>
        </message>
        <message>
            <source>One copy of the network per GPU of this computer; each batch is split between
them and their gradients are added up.</source>
            <translation>Eine Kopie des Netzes pro GPU dieses Computers; jeder Batch wird zwischen ihnen
aufgeteilt, und ihre Gradienten werden addiert.</translation>
        </message>
        <message>
            <source>One copy per computer (TF_CONFIG says which computers, and which one this is).</source>
            <translation>Eine Kopie pro Computer (TF_CONFIG sagt, welche Computer es sind und welcher davon dieser ist).</translation>
        </message>
        <message>
            <source>How to spread training: one device, this computer's GPUs, or several computers.</source>
            <translation>Wie das Training verteilt wird: ein Gerät, die GPUs dieses Computers oder mehrere Computer.</translation>
        </message>
        <message>
            <source>Keras's fit() does not work yet with several computers, so this loop does its work:
each batch of BATCH_SIZE examples is split between the workers, their gradients are
added up, and every worker keeps the very same weights.</source>
            <translation>fit() von Keras funktioniert noch nicht mit mehreren Computern, deshalb erledigt diese Schleife seine Arbeit:
jeder Batch aus BATCH_SIZE Beispielen wird auf die Worker aufgeteilt, ihre Gradienten werden
addiert, und jeder Worker behält genau dieselben Gewichte.</translation>
        </message>
        <message>
            <source>held back, as fit() does</source>
            <translation>zurückgehalten, wie es fit() macht</translation>
        </message>
        <message>
            <source>Each worker takes its share of every batch.</source>
            <translation>Jeder Worker nimmt seinen Anteil an jedem Batch.</translation>
        </message>
        <message>
            <source>the first worker reports</source>
            <translation>der erste Worker berichtet</translation>
        </message>
        <message>
            <source>Train on several computers at once, each running this script.</source>
            <translation>Auf mehreren Computern gleichzeitig trainieren, auf denen jeweils dieses Skript läuft.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <source>Warning: {message}</source>
            <translation>Warnung: {message}</translation>
        </message>
        <message>
            <source>{help}
Allowed: {allowed}.</source>
            <extracomment>The value the student entered (possibly one the validator will reject).</extracomment>
            <translation>{help}
Erlaubt: {allowed}.</translation>
        </message>
        <message>
            <source>empty means: {meaning}</source>
            <translation>leer bedeutet: {meaning}</translation>
        </message>
        <message>
            <source>a number, such as 0.001 or 1e-7</source>
            <translation>eine Zahl, etwa 0.001 oder 1e-7</translation>
        </message>
        <message>
            <source>such as 28, 28, 1</source>
            <translation>etwa 28, 28, 1</translation>
        </message>
        <message>
            <source>empty: {meaning}</source>
            <translation>leer: {meaning}</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>{setting} (the file says {value})</source>
            <translation>{setting} (in der Datei steht {value})</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <source>{value} (not allowed)</source>
            <translation>{value} (nicht erlaubt)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{choice}:&lt;/b&gt; {meaning}</source>
            <translation>&lt;b&gt;{choice}:&lt;/b&gt; {meaning}</translation>
        </message>
    </context>
    <context>
        <name>FileFormat</name>
        <message>
            <source>{source} is not an nnstudio lesson: expected a JSON object with "format": "{format}", found {found}.</source>
            <translation>{source} ist keine nnstudio-Lektion: Erwartet wird ein JSON-Objekt mit "format": "{format}", gefunden wurde {found}.</translation>
        </message>
        <message>
            <source>{source} is not an nnstudio project: expected a JSON object with "format": "{format}", found {found}.</source>
            <extracomment>{source}: the file's name; "format": "{format}" is JSON and stays as it is.</extracomment>
            <translation>{source} ist kein nnstudio-Projekt: Erwartet wird ein JSON-Objekt mit "format": "{format}", gefunden wurde {found}.</translation>
        </message>
        <message>
            <source>{source} has no usable schema version: expected a whole number from 1 to {schema}. Received: {version}.</source>
            <translation>{source} hat keine brauchbare Schemaversion: Erwartet wird eine ganze Zahl von 1 bis {schema}. Erhalten: {version}.</translation>
        </message>
        <message>
            <source>{source} was written for a newer nnstudio: expected schema version {schema} or lower, found {version}. Please update nnstudio to open it.</source>
            <translation>{source} wurde für eine neuere nnstudio-Version geschrieben: Erwartet wird Schemaversion {schema} oder niedriger, gefunden wurde {version}. Bitte aktualisiere nnstudio, um die Datei zu öffnen.</translation>
        </message>
        <message>
            <source>{source} was saved by a newer nnstudio: expected schema version {schema} or lower, found {version}. Please update nnstudio to open it.</source>
            <translation>{source} wurde mit einer neueren nnstudio-Version gespeichert: Erwartet wird Schemaversion {schema} oder niedriger, gefunden wurde {version}. Bitte aktualisiere nnstudio, um die Datei zu öffnen.</translation>
        </message>
        <message>
            <source>{path} is not a file but a pipe, a device or a socket: expected a lesson file.</source>
            <translation>{path} ist keine Datei, sondern eine Pipe, ein Gerät oder ein Socket: Erwartet wird eine Lektionsdatei.</translation>
        </message>
        <message>
            <source>{path} is not a file but a pipe, a device or a socket: expected a project file.</source>
            <translation>{path} ist keine Datei, sondern eine Pipe, ein Gerät oder ein Socket: Erwartet wird eine Projektdatei.</translation>
        </message>
        <message>
            <source>There is no file at {path}: expected a lesson file ({suffix}), found nothing.</source>
            <translation>Unter {path} gibt es keine Datei: Erwartet wird eine Lektionsdatei ({suffix}), gefunden wurde nichts.</translation>
        </message>
        <message>
            <source>There is no file at {path}: expected a project file ({suffix}), found nothing.</source>
            <translation>Unter {path} gibt es keine Datei: Erwartet wird eine Projektdatei ({suffix}), gefunden wurde nichts.</translation>
        </message>
        <message>
            <source>{path} is a folder: expected a lesson file ({suffix}), found a folder.</source>
            <translation>{path} ist ein Ordner: Erwartet wird eine Lektionsdatei ({suffix}), gefunden wurde ein Ordner.</translation>
        </message>
        <message>
            <source>{path} is a folder: expected a project file ({suffix}), found a folder.</source>
            <translation>{path} ist ein Ordner: Erwartet wird eine Projektdatei ({suffix}), gefunden wurde ein Ordner.</translation>
        </message>
        <message>
            <source>{name} is not a lesson file: expected JSON text (a {suffix} file), found bytes that are not text.</source>
            <translation>{name} ist keine Lektionsdatei: Erwartet wird JSON-Text (eine {suffix}-Datei), gefunden wurden Bytes, die kein Text sind.</translation>
        </message>
        <message>
            <source>{name} is not a project file: expected JSON text (a {suffix} file), found bytes that are not text.</source>
            <translation>{name} ist keine Projektdatei: Erwartet wird JSON-Text (eine {suffix}-Datei), gefunden wurden Bytes, die kein Text sind.</translation>
        </message>
        <message>
            <source>{source} is not a valid lesson file: expected lists and objects nested at most {most} deep, found deeper nesting.</source>
            <extracomment>Deeper than any project or lesson nests (a run's history is five levels down); deeper nesting would exhaust Python's recursion when the document is copied or saved.</extracomment>
            <translation>{source} ist keine gültige Lektionsdatei: Erwartet werden Listen und Objekte, die höchstens {most} Ebenen tief verschachtelt sind, gefunden wurde eine tiefere Verschachtelung.</translation>
        </message>
        <message>
            <source>{source} is not a valid project file: expected lists and objects nested at most {most} deep, found deeper nesting.</source>
            <translation>{source} ist keine gültige Projektdatei: Erwartet werden Listen und Objekte, die höchstens {most} Ebenen tief verschachtelt sind, gefunden wurde eine tiefere Verschachtelung.</translation>
        </message>
        <message>
            <source>{source} is not a valid lesson file: expected JSON, found a mistake at line {line}, column {column} ({error}).</source>
            <translation>{source} ist keine gültige Lektionsdatei: Erwartet wird JSON, gefunden wurde ein Fehler in Zeile {line}, Spalte {column} ({error}).</translation>
        </message>
        <message>
            <source>{source} is not a valid project file: expected JSON, found a mistake at line {line}, column {column} ({error}).</source>
            <translation>{source} ist keine gültige Projektdatei: Erwartet wird JSON, gefunden wurde ein Fehler in Zeile {line}, Spalte {column} ({error}).</translation>
        </message>
        <message>
            <source>{source} is not a valid lesson file: expected numbers of a usual size, found a whole number thousands of digits long.</source>
            <translation>{source} ist keine gültige Lektionsdatei: Erwartet werden Zahlen üblicher Größe, gefunden wurde eine ganze Zahl mit Tausenden von Stellen.</translation>
        </message>
        <message>
            <source>{source} is not a valid project file: expected numbers of a usual size, found a whole number thousands of digits long.</source>
            <translation>{source} ist keine gültige Projektdatei: Erwartet werden Zahlen üblicher Größe, gefunden wurde eine ganze Zahl mit Tausenden von Stellen.</translation>
        </message>
    </context>
    <context>
        <name>FolderExport</name>
        <message>
            <source>{folder} already exists and is not an empty folder: expected a new folder for the export (choose another name, or remove the old one first).</source>
            <extracomment>The packages the exported code needs, as pip names them, in the order listed. TensorFlow is installed under one of these names. The data file or folder copied beside the code, if any.</extracomment>
            <translation>{folder} existiert schon und ist kein leerer Ordner: Erwartet wird ein neuer Ordner für den Export (wähle einen anderen Namen oder entferne zuerst den alten Ordner).</translation>
        </message>
        <message>
            <source>The project has no CSV file chosen: expected one to copy into the folder.</source>
            <translation>Im Projekt ist keine CSV-Datei ausgewählt: Erwartet wird eine, die in den Ordner kopiert werden kann.</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>Exported from nnstudio {version}: the network, its data and its training, as plain Keras code that needs no nnstudio.</source>
            <translation>Exportiert aus nnstudio {version}: das Netz, seine Daten und sein Training als reiner Keras-Code, der ohne nnstudio auskommt.</translation>
        </message>
        <message>
            <source>What is here</source>
            <translation>Was hier drin ist</translation>
        </message>
        <message>
            <source>`{script}`: the Keras script (load the data, build, train, test).</source>
            <translation>`{script}`: das Keras-Skript (Daten laden, Netz bauen, trainieren, testen).</translation>
        </message>
        <message>
            <source>`{notebook}`: the same code as a Jupyter notebook, one step per cell.</source>
            <translation>`{notebook}`: derselbe Code als Jupyter-Notebook, ein Schritt pro Zelle.</translation>
        </message>
        <message>
            <source>`requirements.txt`: the packages it needs, at the versions nnstudio trained with.</source>
            <translation>`requirements.txt`: die benötigten Pakete in den Versionen, mit denen nnstudio trainiert hat.</translation>
        </message>
        <message>
            <source>`{data}`: the data, read from beside the code (no download).</source>
            <translation>`{data}`: die Daten, die direkt neben dem Code liegen und von dort gelesen werden (kein Download).</translation>
        </message>
        <message>
            <source>The data is made by the code itself (nothing to download).</source>
            <translation>Die Daten erzeugt der Code selbst (nichts herunterzuladen).</translation>
        </message>
        <message>
            <source>Run it</source>
            <translation>Ausführen</translation>
        </message>
        <message>
            <source>(on Windows: {command})</source>
            <translation>(unter Windows: {command})</translation>
        </message>
        <message>
            <source>No network is needed once the packages are installed: copy the whole folder.</source>
            <translation>Sobald die Pakete installiert sind, ist keine Internetverbindung mehr nötig: Kopiere einfach den ganzen Ordner.</translation>
        </message>
        <message>
            <source>A school server with GPUs, or several computers</source>
            <translation>Ein Schulserver mit GPUs oder mehrere Computer</translation>
        </message>
        <message>
            <source>On a computer with several GPUs, one copy of the network trains on each, every batch split between them (TensorFlow's `MirroredStrategy`):</source>
            <translation>Auf einem Computer mit mehreren GPUs trainiert auf jeder GPU eine Kopie des Netzes, und jeder Batch wird zwischen ihnen aufgeteilt (`MirroredStrategy` von TensorFlow):</translation>
        </message>
        <message>
            <source>On several computers (`MultiWorkerMirroredStrategy`), copy this folder to each, and start the script on every one at about the same time, each with `TF_CONFIG` naming all of them and which one it is (`index` 0 on the first, 1 on the second...):</source>
            <translation>Auf mehreren Computern (`MultiWorkerMirroredStrategy`) kopierst du diesen Ordner auf jeden Computer und startest das Skript überall ungefähr gleichzeitig, jeweils mit `TF_CONFIG`, das alle Computer aufzählt und angibt, welcher es selbst ist (`index` 0 auf dem ersten, 1 auf dem zweiten ...):</translation>
        </message>
        <message>
            <source>Each batch of the same size as on one computer is split between the workers, so the network learns the same; the first worker prints the progress and every worker tests.</source>
            <translation>Jeder Batch hat dieselbe Größe wie auf einem einzelnen Computer und wird zwischen den Workern aufgeteilt, deshalb lernt das Netz genauso; der erste Worker zeigt den Fortschritt an, und jeder Worker testet.</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>Quellenangaben</translation>
        </message>
    </context>
    <context>
        <name>Grading</name>
        <message>
            <source>graded</source>
            <extracomment>The words for a row's status (its key stays English: "graded", "another lesson"...).</extracomment>
            <translation>bewertet</translation>
        </message>
        <message>
            <source>another lesson</source>
            <translation>andere Lektion</translation>
        </message>
        <message>
            <source>no lesson</source>
            <translation>keine Lektion</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>nicht lesbar</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>There is no file or folder at {path}: expected handed-in project files ({suffix}) or a folder of them.</source>
            <extracomment>"graded", or why not: "another lesson", "no lesson", "unreadable". One sentence for a row that could not be graded, or about its run.</extracomment>
            <translation>Unter {path} gibt es keine Datei und keinen Ordner: Erwartet werden abgegebene Projektdateien ({suffix}) oder ein Ordner mit solchen Dateien.</translation>
        </message>
        <message>
            <source>This project was not made in a lesson (expected the lesson {lesson}).</source>
            <translation>Dieses Projekt wurde nicht in einer Lektion erstellt (erwartet wurde die Lektion {lesson}).</translation>
        </message>
        <message>
            <source>This project belongs to the lesson {lesson}, not {expected}.</source>
            <translation>Dieses Projekt gehört zur Lektion {lesson}, nicht zu {expected}.</translation>
        </message>
        <message>
            <source>No training run saved in the file.</source>
            <translation>In der Datei ist kein Trainingsdurchlauf gespeichert.</translation>
        </message>
        <message>
            <source>The network was changed after its last run, so that run does not count.</source>
            <translation>Das Netz wurde nach seinem letzten Durchlauf geändert, deshalb zählt dieser Durchlauf nicht.</translation>
        </message>
        <message>
            <source>{done}/{steps} finished</source>
            <translation>{done}/{steps} erledigt</translation>
        </message>
        <message>
            <source>Lesson: {title} ({id})</source>
            <translation>Lektion: {title} ({id})</translation>
        </message>
        <message>
            <source>G{number}</source>
            <comment>short for: goal number</comment>
            <translation>Z{number}</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Test acc.</source>
            <translation>Testgen.</translation>
        </message>
        <message>
            <source>Params</source>
            <translation>Param.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Schritte</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Bemerkung</translation>
        </message>
        <message>
            <source>{met} of {total} projects meet every goal.</source>
            <translation>{met} von {total} Projekten erreichen alle Ziele.</translation>
        </message>
        <message>
            <source>file</source>
            <comment>a column of the table</comment>
            <translation>Datei</translation>
        </message>
        <message>
            <source>status</source>
            <comment>a column of the table</comment>
            <translation>Status</translation>
        </message>
        <message>
            <source>all goals met</source>
            <comment>a column of the table</comment>
            <translation>Alle Ziele erreicht</translation>
        </message>
        <message>
            <source>test accuracy</source>
            <comment>a column of the table</comment>
            <translation>Testgenauigkeit</translation>
        </message>
        <message>
            <source>parameters</source>
            <comment>a column of the table</comment>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>steps done</source>
            <comment>a column of the table</comment>
            <translation>Erledigte Schritte</translation>
        </message>
        <message>
            <source>minutes</source>
            <comment>a column of the table</comment>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>note</source>
            <comment>a column of the table</comment>
            <translation>Bemerkung</translation>
        </message>
    </context>
    <context>
        <name>Inside</name>
        <message>
            <source>Train a network first. Then pick an example here and follow it through the network, layer by layer, down to one neuron's arithmetic.</source>
            <extracomment>Gives the digit the student drew, ready for the network (a batch of one), or None.</extracomment>
            <translation>Trainiere zuerst ein Netz. Wähle dann hier ein Beispiel aus und verfolge es durch das Netz, Schicht für Schicht, bis hinunter zur Rechnung eines einzelnen Neurons.</translation>
        </message>
        <message numerus="yes">
            <source>{name} ({kind}): {count:,} number(s)</source>
            <extracomment>Up to this many neurons a layer is a single column of cells with their values written in. A neuron with more inputs than COLUMN_MAX: its strongest few are listed in its sum and drawn as lines to it. The smallest cell height a value is written in; a layer whose cells would be smaller in one column gets several. Width to height of the cells of a layer of at most COLUMN_MAX neurons. How many of a layer's strongest neurons are listed with their pictures. Weight pictures in the neuron panel: screen pixels per weight. -1 for the input, else the layer's position in the trace. (height, width) when drawn as a picture. Whether a click on a neuron shows its arithmetic. The size of value that gets the strongest colour. Class names beside an output layer's cells. The values are probabilities (written as percentages).</extracomment>
            <translation>
                <numerusform>{name} ({kind}): {count:,} Zahl</numerusform>
                <numerusform>{name} ({kind}): {count:,} Zahlen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: {count:,} neuron(s)</source>
            <translation>
                <numerusform>{name}: {count:,} Neuron</numerusform>
                <numerusform>{name}: {count:,} Neuronen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name}: {count:,} neuron(s), {activation}</source>
            <translation>
                <numerusform>{name}: {count:,} Neuron, {activation}</numerusform>
                <numerusform>{name}: {count:,} Neuronen, {activation}</numerusform>
            </translation>
        </message>
        <message>
            <source>The example's way through the network</source>
            <extracomment>The inputs that added most to the chosen neuron, outlined in the column before it, each with its weight (a line is drawn from it to the neuron).</extracomment>
            <translation>Der Weg des Beispiels durch das Netz</translation>
        </message>
        <message>
            <source>{layer}: neuron {number} chosen</source>
            <translation>{layer}: Neuron {number} ausgewählt</translation>
        </message>
        <message>
            <source>Test example number</source>
            <extracomment>The example shown: a test-set index, or "drawn". The chosen neuron: (position in the trace, index), or None.</extracomment>
            <translation>Nummer des Testbeispiels</translation>
        </message>
        <message>
            <source>Which test example to follow through the network</source>
            <translation>Welches Testbeispiel durch das Netz verfolgt werden soll</translation>
        </message>
        <message>
            <source>Use the digit I drew</source>
            <translation>Meine gezeichnete Ziffer nehmen</translation>
        </message>
        <message>
            <source>Follow the digit drawn in the Draw a digit tab instead</source>
            <translation>Stattdessen die Ziffer verfolgen, die im Tab „Ziffer zeichnen“ gezeichnet wurde</translation>
        </message>
        <message>
            <source>The example and the network's answer</source>
            <translation>Das Beispiel und die Antwort des Netzes</translation>
        </message>
        <message>
            <source>The chosen neuron</source>
            <translation>Das ausgewählte Neuron</translation>
        </message>
        <message>
            <source>The neuron's arithmetic</source>
            <translation>Die Rechnung des Neurons</translation>
        </message>
        <message>
            <source>The chosen neuron's sum with the network's real numbers, and its activation</source>
            <translation>Die Summe des ausgewählten Neurons mit den echten Zahlen des Netzes und seine Aktivierung</translation>
        </message>
        <message>
            <source>◀ Step back</source>
            <translation>◀ Schritt zurück</translation>
        </message>
        <message>
            <source>The neuron before this one in the forward pass</source>
            <translation>Das Neuron vor diesem im Vorwärtsdurchgang</translation>
        </message>
        <message>
            <source>Step ▶</source>
            <translation>Schritt vor ▶</translation>
        </message>
        <message>
            <source>The next neuron in the forward pass: every neuron of a layer, then the next layer</source>
            <translation>Das nächste Neuron im Vorwärtsdurchgang: erst alle Neuronen einer Schicht, dann die nächste Schicht</translation>
        </message>
        <message>
            <source>Its weights</source>
            <translation>Seine Gewichte</translation>
        </message>
        <message>
            <source>The neuron's weights as a picture</source>
            <translation>Die Gewichte des Neurons als Bild</translation>
        </message>
        <message>
            <source>Digit × weights</source>
            <translation>Ziffer × Gewichte</translation>
        </message>
        <message>
            <source>What each pixel of the digit gave the neuron</source>
            <translation>Was jedes Pixel der Ziffer zum Neuron beigetragen hat</translation>
        </message>
        <message>
            <source>Red pushes the neuron up, blue down.</source>
            <translation>Rot treibt das Neuron nach oben, Blau nach unten.</translation>
        </message>
        <message>
            <source>Left: the neuron's 784 weights, one per pixel. Right: this digit's pixels times those weights; their sum, plus the bias, is z. Red pushes the neuron up, blue pushes it down.</source>
            <translation>Links: die 784 Gewichte des Neurons, eines pro Pixel. Rechts: die Pixel dieser Ziffer mal diese Gewichte; ihre Summe plus der Bias ergibt z. Rot treibt das Neuron nach oben, Blau treibt es nach unten.</translation>
        </message>
        <message>
            <source>Test example:</source>
            <translation>Testbeispiel:</translation>
        </message>
        <message>
            <source>of {count:,}</source>
            <translation>von {count:,}</translation>
        </message>
        <message>
            <source>Draw a digit in the Draw a digit tab first.</source>
            <translation>Zeichne zuerst eine Ziffer im Tab „Ziffer zeichnen“.</translation>
        </message>
        <message>
            <source>The digit you drew. {answer}</source>
            <translation>Die Ziffer, die du gezeichnet hast. {answer}</translation>
        </message>
        <message>
            <source>The network could not be followed ({error}): {details}</source>
            <translation>Das Netz konnte nicht verfolgt werden ({error}): {details}</translation>
        </message>
        <message>
            <source>A picture of a {digit}.</source>
            <translation>Ein Bild einer {digit}.</translation>
        </message>
        <message>
            <source>A picture of class {name}.</source>
            <translation>Ein Bild der Klasse {name}.</translation>
        </message>
        <message>
            <source>Inputs {inputs}; the right answer is {answer}.</source>
            <translation>Eingaben {inputs}; die richtige Antwort ist {answer}.</translation>
        </message>
        <message>
            <source>The network answered {answer} ({sure} sure).</source>
            <translation>Das Netz hat {answer} geantwortet (zu {sure} sicher).</translation>
        </message>
        <message>
            <source>Input: {height} × {width} pixels</source>
            <translation>Eingabe: {height} × {width} Pixel</translation>
        </message>
        <message numerus="yes">
            <source>Input: {count:,} number(s)</source>
            <translation>
                <numerusform>Eingabe: {count:,} Zahl</numerusform>
                <numerusform>Eingabe: {count:,} Zahlen</numerusform>
            </translation>
        </message>
        <message>
            <source>Input {number} = {value}: a number from the data, not computed.</source>
            <translation>Eingabe {number} = {value}: eine Zahl aus den Daten, nicht berechnet.</translation>
        </message>
        <message>
            <source>Neuron {number} of {count} in the forward pass</source>
            <translation>Neuron {number} von {count} im Vorwärtsdurchgang</translation>
        </message>
        <message>
            <source>Click a neuron above to see its arithmetic.</source>
            <translation>Klick oben auf ein Neuron, um seine Rechnung zu sehen.</translation>
        </message>
        <message>
            <source>{layer}, neuron {number} of {count} ({activation}): the answer {answer}</source>
            <translation>{layer}, Neuron {number} von {count} ({activation}): steht für die Antwort {answer}</translation>
        </message>
        <message>
            <source>{layer}, neuron {number} of {count} ({activation})</source>
            <translation>{layer}, Neuron {number} von {count} ({activation})</translation>
        </message>
        <message>
            <source>It stayed silent: its sum z came to {z}, below 0, and ReLU turns anything below 0 into 0.</source>
            <translation>Es ist still geblieben: Seine Summe z war {z}, also kleiner als 0, und ReLU macht aus allem unter 0 eine 0.</translation>
        </message>
        <message>
            <source>An output neuron: softmax turns the layer's sums into probabilities.</source>
            <translation>Ein Ausgabeneuron: Softmax macht aus den Summen der Schicht Wahrscheinlichkeiten.</translation>
        </message>
        <message>
            <source>The output neuron: sigmoid squashes its sum into a probability from 0 to 1.</source>
            <translation>Das Ausgabeneuron: Sigmoid drückt seine Summe in eine Wahrscheinlichkeit zwischen 0 und 1.</translation>
        </message>
        <message>
            <source>It adds up its {count:,} inputs, each times its weight, plus its bias; then {activation} gives what it passes on: {output}.</source>
            <translation>Es addiert seine {count:,} Eingaben, jede mal ihrem Gewicht, plus seinen Bias; dann liefert {activation}, was es weitergibt: {output}.</translation>
        </message>
        <message>
            <source>How the answer came about (each output's sum z, then softmax):</source>
            <translation>So ist die Antwort entstanden (die Summe z jeder Ausgabe, dann Softmax):</translation>
        </message>
        <message>
            <source>← this neuron</source>
            <translation>← dieses Neuron</translation>
        </message>
        <message>
            <source>The output is the chance of {positive}: {chance:.1%}. At 50% or more the answer is {positive}, so the network says {chosen}.</source>
            <translation>Die Ausgabe ist die Wahrscheinlichkeit für {positive}: {chance:.1%}. Ab 50% lautet die Antwort {positive}, also sagt das Netz {chosen}.</translation>
        </message>
        <message>
            <source>Fired most for this digit:</source>
            <translation>Am stärksten aktiv bei dieser Ziffer:</translation>
        </message>
        <message>
            <source>Fired most for this example:</source>
            <translation>Am stärksten aktiv bei diesem Beispiel:</translation>
        </message>
        <message>
            <source>Neuron {number}, which put out {value}</source>
            <translation>Neuron {number} mit der Ausgabe {value}</translation>
        </message>
        <message>
            <source>Neuron {number}</source>
            <translation>Neuron {number}</translation>
        </message>
    </context>
    <context>
        <name>KerasImport</name>
        <message>
            <source>{where}: {problem}</source>
            <extracomment>The last line of an exported script (and the notebook's metadata key): the settings the code cannot carry in a readable way (the data, the project's name). Keras class names (and old spellings) of the layers nnstudio has. A call's positional arguments, by kind, in Keras's order. What Keras does for an argument left out, where nnstudio's catalog starts elsewhere. Arguments that change nothing nnstudio models when they have these values. Loss names Keras also accepts (classes and short names), to nnstudio's. compile() arguments nnstudio decides itself: read and left. Sentences about what was assumed (data settings not in the file, weights left out). The .keras file, when it holds trained weights (Keras loads them, in safe mode).</extracomment>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>nnstudio uses square windows; expected one number or two equal ones for {key}. Received: {value}.</source>
            <translation>nnstudio verwendet quadratische Fenster; für {key} wird eine Zahl oder zwei gleiche Zahlen erwartet. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>nnstudio has no {key} {value}. Expected one of: {names}.</source>
            <translation>nnstudio kennt {key} {value} nicht. Erwartet wird eines von: {names}.</translation>
        </message>
        <message>
            <source>nnstudio has no layer {kind}. Expected one of: {kinds}.</source>
            <translation>nnstudio kennt keine Schicht {kind}. Erwartet wird eine von: {kinds}.</translation>
        </message>
        <message>
            <source>{kind} takes at most {count} values in order.</source>
            <translation>{kind} nimmt höchstens {count} Werte in fester Reihenfolge an.</translation>
        </message>
        <message>
            <source>nnstudio's {kind} layer has no setting {setting}. Expected some of: {names}.</source>
            <translation>Die {kind}-Schicht von nnstudio hat keine Einstellung {setting}. Erwartet werden einige von: {names}.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>expected the input's shape as whole numbers, such as (28, 28). Received: {value}.</source>
            <translation>Erwartet wird die Form der Eingabe als ganze Zahlen, zum Beispiel (28, 28). Erhalten: {value}.</translation>
        </message>
        <message>
            <source>nnstudio has no optimizer {name}. Expected one of: {names}.</source>
            <translation>nnstudio kennt keinen Optimierer {name}. Erwartet wird einer von: {names}.</translation>
        </message>
        <message>
            <source>nnstudio has no learning-rate schedule {name}.</source>
            <translation>nnstudio kennt keinen Lernraten-Zeitplan {name}.</translation>
        </message>
        <message>
            <source>expected {key} to be a number. Received: {value}.</source>
            <translation>Erwartet wird, dass {key} eine Zahl ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>nnstudio's {optimizer} has no setting {setting}.</source>
            <translation>{optimizer} hat in nnstudio keine Einstellung {setting}.</translation>
        </message>
        <message>
            <source>nnstudio has no loss {name}. Expected one of: {names}.</source>
            <translation>nnstudio kennt keinen Verlust {name}. Erwartet wird einer von: {names}.</translation>
        </message>
        <message>
            <source>{file} has no config.json: expected a Keras 3 .keras file.</source>
            <translation>{file} hat keine config.json: Erwartet wird eine .keras-Datei von Keras 3.</translation>
        </message>
        <message>
            <source>{file} is not a .keras file: expected a zip archive, found other bytes.</source>
            <translation>{file} ist keine .keras-Datei: Erwartet wird ein ZIP-Archiv, gefunden wurden andere Bytes.</translation>
        </message>
        <message>
            <source>{file}: its config.json is not readable JSON.</source>
            <translation>{file}: Die config.json darin ist kein lesbares JSON.</translation>
        </message>
        <message>
            <source>{file}: no model found in config.json.</source>
            <translation>{file}: In config.json wurde kein Modell gefunden.</translation>
        </message>
        <message>
            <source>expected a Sequential or functional Keras model. Received: {value}.</source>
            <translation>Erwartet wird ein Sequential- oder funktionales Keras-Modell. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>{file}, layer {number} ({kind})</source>
            <translation>{file}, Schicht {number} ({kind})</translation>
        </message>
        <message>
            <source>custom code (a Lambda or a custom layer) is never loaded: nnstudio reads only Keras's own layers.</source>
            <translation>Eigener Code (ein Lambda oder eine selbst geschriebene Schicht) wird nie geladen: nnstudio liest nur die Schichten, die Keras selbst mitbringt.</translation>
        </message>
        <message>
            <source>its {key} is a custom object, which nnstudio never loads.</source>
            <translation>{key} ist hier ein selbst definiertes Objekt, und so etwas lädt nnstudio nie.</translation>
        </message>
        <message>
            <source>Imported network</source>
            <translation>Importiertes Netz</translation>
        </message>
        <message>
            <source>the layer {name} takes {inputs}: nnstudio builds networks that are one chain of layers, each taking the one before it.</source>
            <translation>Die Schicht {name} nimmt {inputs}: nnstudio baut Netze, die eine einzige Kette von Schichten sind, in der jede Schicht die vorherige als Eingabe nimmt.</translation>
        </message>
        <message>
            <source>{file}, the loss</source>
            <translation>{file}, der Verlust</translation>
        </message>
        <message>
            <source>{file}, the optimizer</source>
            <translation>{file}, der Optimierer</translation>
        </message>
        <message>
            <source>{file}, line {number}</source>
            <translation>{file}, Zeile {number}</translation>
        </message>
        <message>
            <source>expected a written-out value, found a computed one ({code}).</source>
            <translation>Erwartet wird ein ausgeschriebener Wert, gefunden wurde ein berechneter ({code}).</translation>
        </message>
        <message>
            <source>{file} is not valid Python: line {number}: {error}.</source>
            <translation>{file} ist kein gültiges Python: Zeile {number}: {error}.</translation>
        </message>
        <message>
            <source>the model is built in a loop; nnstudio needs each layer written out.</source>
            <translation>Das Modell wird in einer Schleife gebaut; nnstudio braucht jede Schicht einzeln ausgeschrieben.</translation>
        </message>
        <message>
            <source>expected the layers as a written-out list.</source>
            <translation>Erwartet werden die Schichten als ausgeschriebene Liste.</translation>
        </message>
        <message>
            <source>no Keras model found: expected keras.Sequential([...]), model.add(...) or a chain from keras.Input to keras.Model.</source>
            <translation>Kein Keras-Modell gefunden: Erwartet wird keras.Sequential([...]), model.add(...) oder eine Kette von keras.Input bis keras.Model.</translation>
        </message>
        <message>
            <source>The file does not say which data it trains on: MNIST is chosen, as the input is a 28x28 picture; add a Reshape layer to (28, 28, 1) or change the input.</source>
            <translation>Die Datei sagt nicht, mit welchen Daten sie trainiert: MNIST wird gewählt, weil die Eingabe ein Bild mit 28x28 Pixeln ist; füge eine Reshape-Schicht auf (28, 28, 1) hinzu oder ändere die Eingabe.</translation>
        </message>
        <message>
            <source>The file does not say which data it trains on: MNIST is chosen, as the input is a 28x28 picture, with pixels scaled to 0..1; check the Data panel.</source>
            <translation>Die Datei sagt nicht, mit welchen Daten sie trainiert: MNIST wird gewählt, weil die Eingabe ein Bild mit 28x28 Pixeln ist, die Pixel auf 0..1 skaliert; prüf den Bereich „Daten“.</translation>
        </message>
        <message>
            <source>The file does not say which data it trains on: XOR is chosen (2 inputs).</source>
            <translation>Die Datei sagt nicht, mit welchen Daten sie trainiert: XOR wird gewählt (2 Eingaben).</translation>
        </message>
        <message>
            <source>The file does not say which data it trains on: choose your CSV file and its label column in the Data panel.</source>
            <translation>Die Datei sagt nicht, mit welchen Daten sie trainiert: Wähle im Bereich „Daten“ deine CSV-Datei und ihre Label-Spalte.</translation>
        </message>
        <message>
            <source>expected a Keras layer, such as layers.Dense(128). Received: {code}.</source>
            <translation>Erwartet wird eine Keras-Schicht, zum Beispiel layers.Dense(128). Erhalten: {code}.</translation>
        </message>
        <message>
            <source>this layer is added in a loop; nnstudio needs each layer written out.</source>
            <translation>Diese Schicht wird in einer Schleife hinzugefügt; nnstudio braucht jede Schicht einzeln ausgeschrieben.</translation>
        </message>
        <message>
            <source>a Lambda layer runs code of its own, which nnstudio never imports.</source>
            <translation>Eine Lambda-Schicht führt eigenen Code aus, und den importiert nnstudio nie.</translation>
        </message>
        <message>
            <source>this layer takes {name}, which is not a chain from keras.Input.</source>
            <translation>Diese Schicht nimmt {name}, und das ist keine Kette ab keras.Input.</translation>
        </message>
        <message>
            <source>expected the model's outputs to be one chain of layers from keras.Input.</source>
            <translation>Erwartet wird, dass die Ausgaben des Modells eine einzige Kette von Schichten ab keras.Input sind.</translation>
        </message>
        <message>
            <source>nnstudio has no compile setting {key}.</source>
            <translation>nnstudio kennt keine compile-Einstellung {key}.</translation>
        </message>
        <message>
            <source>The settings kept in the file cannot be read: {error}</source>
            <translation>Die in der Datei gespeicherten Einstellungen können nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>For nnstudio's File → Import: the data and the name, which the code above cannot
say in a way nnstudio reads.</source>
            <extracomment>The width of one line of kept settings (within the 100 columns of the exported code).</extracomment>
            <translation>Für „Datei → Netz importieren“ in nnstudio: die Daten und der Name, die der Code oben nicht
so angeben kann, dass nnstudio sie lesen kann.</translation>
        </message>
        <message>
            <source>{file} is not a notebook: expected JSON, found a mistake at line {number}.</source>
            <translation>{file} ist kein Notebook: Erwartet wird JSON, gefunden wurde ein Fehler in Zeile {number}.</translation>
        </message>
        <message>
            <source>{file} is not a Jupyter notebook: expected a list of cells.</source>
            <translation>{file} ist kein Jupyter-Notebook: Erwartet wird eine Liste von Zellen.</translation>
        </message>
        <message>
            <source>{file}: expected a .keras file, a Python script (.py) or a notebook (.ipynb).</source>
            <translation>{file}: Erwartet wird eine .keras-Datei, ein Python-Skript (.py) oder ein Notebook (.ipynb).</translation>
        </message>
        <message>
            <source>There is no file at {path}.</source>
            <translation>Unter {path} gibt es keine Datei.</translation>
        </message>
        <message>
            <source>{file} cannot be read as text: {error}</source>
            <translation>{file} kann nicht als Text gelesen werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>LayerSettings</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>A name of your own for this layer, shown in the model summary and the exported code; leave it empty to let Keras name it.</source>
            <translation>Ein eigener Name für diese Schicht, der in der Modellübersicht und im exportierten Code erscheint; lass ihn leer, dann vergibt Keras einen Namen.</translation>
        </message>
        <message>
            <source>Select a layer to see its settings.</source>
            <translation>Wähle eine Schicht aus, um ihre Einstellungen zu sehen.</translation>
        </message>
        <message>
            <source>{kind} (layer {number})</source>
            <translation>{kind} (Schicht {number})</translation>
        </message>
        <message>
            <source>automatic: {name}</source>
            <translation>automatisch: {name}</translation>
        </message>
        <message>
            <source>empty means: named automatically</source>
            <translation>leer bedeutet: automatisch benannt</translation>
        </message>
        <message>
            <source>Output shape: not known yet, because of a problem in this layer or one above it.</source>
            <translation>Ausgabeform: noch unbekannt, wegen eines Problems in dieser Schicht oder einer darüber.</translation>
        </message>
        <message numerus="yes">
            <source>{count} weight(s)</source>
            <translation>
                <numerusform>{count} Gewicht</numerusform>
                <numerusform>{count} Gewichte</numerusform>
            </translation>
        </message>
        <message>
            <source>{weights} ({trained} trained)</source>
            <translation>{weights} ({trained} trainiert)</translation>
        </message>
        <message>
            <source>Output shape {shape} · {weights}</source>
            <translation>Ausgabeform {shape} · {weights}</translation>
        </message>
    </context>
    <context>
        <name>LayerStack</name>
        <message>
            <source>Drag layers here from the palette
(or press Insert to choose one)</source>
            <translation>Zieh Schichten aus der Palette hierher
(oder drück Einfg, um eine auszuwählen)</translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more)</source>
            <translation>
                <numerusform>{problem} (und %n weiteres)</numerusform>
                <numerusform>{problem} (und %n weitere)</numerusform>
            </translation>
        </message>
        <message>
            <source>shape ?</source>
            <translation>Form ?</translation>
        </message>
        <message>
            <source>Layer stack</source>
            <translation>Schichtstapel</translation>
        </message>
        <message>
            <source>The network's layers from input to output. Delete removes, Ctrl+D duplicates, Alt+Up and Alt+Down move, Insert adds a layer below.</source>
            <translation>Die Schichten des Netzes von der Eingabe bis zur Ausgabe. Entf entfernt, Strg+D dupliziert, Alt+↑ und Alt+↓ verschieben, Einfg fügt darunter eine Schicht ein.</translation>
        </message>
        <message>
            <source>&amp;Insert layer…</source>
            <translation>Schicht &amp;einfügen …</translation>
        </message>
        <message>
            <source>Choose a layer to insert below the selected one</source>
            <translation>Eine Schicht auswählen, die unter der ausgewählten eingefügt wird</translation>
        </message>
        <message>
            <source>D&amp;uplicate layer</source>
            <translation>Schicht &amp;duplizieren</translation>
        </message>
        <message>
            <source>Insert a copy of the selected layer below it</source>
            <translation>Eine Kopie der ausgewählten Schicht darunter einfügen</translation>
        </message>
        <message>
            <source>Move layer &amp;up</source>
            <translation>Schicht nach &amp;oben</translation>
        </message>
        <message>
            <source>Move the selected layer one place up</source>
            <translation>Die ausgewählte Schicht eine Stelle nach oben verschieben</translation>
        </message>
        <message>
            <source>Move layer &amp;down</source>
            <translation>Schicht nach &amp;unten</translation>
        </message>
        <message>
            <source>Move the selected layer one place down</source>
            <translation>Die ausgewählte Schicht eine Stelle nach unten verschieben</translation>
        </message>
        <message>
            <source>&amp;Delete layer</source>
            <translation>Schicht &amp;löschen</translation>
        </message>
        <message>
            <source>Remove the selected layer</source>
            <translation>Die ausgewählte Schicht entfernen</translation>
        </message>
        <message>
            <source>&amp;Insert layer below</source>
            <translation>Darunter &amp;einfügen</translation>
        </message>
    </context>
    <context>
        <name>Lesson challenge-own-csv</name>
        <message>
            <source>Challenge: your own data</source>
            <translation>Challenge: deine eigenen Daten</translation>
        </message>
        <message>
            <source>Find or make a table of your own, save it as a CSV file, and train a network that reaches at least 90% on the rows it never learned from.</source>
            <translation>Such dir eine eigene Tabelle oder leg selbst eine an, speichere sie als CSV-Datei und trainiere ein Netz, das bei den Zeilen, aus denen es nie gelernt hat, mindestens 90% erreicht.</translation>
        </message>
        <message>
            <source>My own data</source>
            <translation>Meine eigenen Daten</translation>
        </message>
        <message>
            <source>The challenge</source>
            <translation>Die Challenge</translation>
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
            <translation>Bisher kamen die Daten mit nnstudio. Jetzt bringst du deine eigenen mit.

**Dein Ziel:** ein Netz, das mindestens **90%** der Testzeilen *deiner eigenen* CSV-Datei der richtigen Klasse zuordnet.

Eine **CSV-Datei** ist eine Tabelle, die als reiner Text gespeichert ist: eine Tabellenzeile pro Textzeile, die Zellen durch Kommas (oder Semikolons) getrennt. Jedes Tabellenkalkulationsprogramm kann so eine Datei schreiben, mit *Speichern unter* und dem Dateityp CSV. Eine Datei, die funktioniert, sieht so aus:

- `sleep_hours,screen_hours,breakfast,sport_minutes,mood`
- `8,2,1,45,fresh`
- `5.5,6,0,0,tired`
- `7,3.5,1,20,fresh`

Was sie braucht:

- zuerst eine **Kopfzeile**, die jede Spalte benennt;
- eine Zeile pro Beispiel: mindestens ein paar Dutzend, ein paar Hundert sind besser;
- **Zahlen** in allen Spalten außer einer (mit Dezimalpunkt; oder mit Dezimalkomma, wenn die Zellen durch Semikolons getrennt sind);
- eine **Label-Spalte**: die Antwort für jede Zeile, als Wörter (`fresh`, `tired`) oder als Zahlen (0, 1, 2), mit mindestens zwei verschiedenen Antworten.

Spalten mit Namen oder Datumsangaben gehen nicht: Lösch sie oder wandle sie vorher in Zahlen um (aus Ja und Nein werden 1 und 0). Eine leere Zelle verhindert, dass die Datei geladen wird – außer du setzt in den Einstellungen „Daten“ ein Häkchen bei *Zeilen mit fehlenden Werten überspringen*.

Ideen: eine Umfrage in deiner Klasse, Messwerte aus dem Naturwissenschaftsunterricht, das Wetter an vielen Tagen (Temperatur, Wind, Wolken und ob es geregnet hat), die Statistik einer Sportmannschaft.</translation>
        </message>
        <message>
            <source>Your file</source>
            <translation>Deine Datei</translation>
        </message>
        <message>
            <source>In the **Data** settings, choose the dataset **Your own CSV file**, then **Browse…** for your file, and choose the **Label column**: the column with the answers. All the other columns become the network's inputs.

The network is ready for any file: the Input layer takes its shape from the data, a hidden layer of 16 ReLU neurons, and an output layer of 2 Softmax neurons. If your labels have more than two different values, give the output layer one unit per value: the Problems list tells you when they differ.

The Data settings already **standardise** every column (so that a column of big numbers does not drown the others), keep 20% of the rows apart for the test, and hold back 10% of the rest for validation.</source>
            <translation>Wähle in den Einstellungen **Daten** den Datensatz **Deine eigene CSV-Datei**, such dann mit **Durchsuchen …** deine Datei und wähle die **Label-Spalte**: die Spalte mit den Antworten. Alle anderen Spalten werden zu den Eingaben des Netzes.

Das Netz ist für jede Datei bereit: Die Input-Schicht übernimmt ihre Form aus den Daten, dann kommen eine verborgene Schicht mit 16 ReLU-Neuronen und eine Ausgabeschicht mit 2 Softmax-Neuronen. Wenn deine Labels mehr als zwei verschiedene Werte haben, gib der Ausgabeschicht ein Neuron pro Wert: Die Problemliste sagt dir Bescheid, wenn das nicht zusammenpasst.

Die Einstellungen „Daten“ **standardisieren** schon jede Spalte (damit eine Spalte mit großen Zahlen die anderen nicht übertönt), legen 20% der Zeilen für den Test beiseite und halten 10% vom Rest für die Validierung zurück.</translation>
        </message>
        <message>
            <source>The dataset is the first choice in the Data settings: pick Your own CSV file, and a Browse… button appears for the file.</source>
            <translation>Der Datensatz ist die erste Auswahl in den Einstellungen „Daten“: Wähle „Deine eigene CSV-Datei“, dann erscheint ein Knopf „Durchsuchen …“ für die Datei.</translation>
        </message>
        <message>
            <source>The label column is the column with the answers; once the file is read, its columns are offered in a list.</source>
            <translation>Die Label-Spalte ist die Spalte mit den Antworten; sobald die Datei gelesen ist, werden ihre Spalten in einer Liste angeboten.</translation>
        </message>
        <message>
            <source>Choose your own CSV file and its label column in the Data settings.</source>
            <translation>Wähle in den Einstellungen „Daten“ deine eigene CSV-Datei und ihre Label-Spalte.</translation>
        </message>
        <message>
            <source>Above 90%</source>
            <translation>Über 90%</translation>
        </message>
        <message>
            <source>Train, and look at the Results tab. The goal below ticks itself off as you reach each part.

Think about what the number means:

- A network can only be as good as the data. If your columns say little about the label, no network reaches 90%: choose a label that the numbers really decide.
- Check the share of the most common label. If 95% of your rows say `fresh`, a network that always answers `fresh` gets 95% and has learned nothing. The confusion matrix in the Results tab shows it at once.
- With only a few rows, the test is only a few rows too, and one lucky or unlucky row moves the score a lot.</source>
            <translation>Trainiere und sieh dir den Tab „Ergebnisse“ an. Das Ziel unten hakt jeden Teil von selbst ab, sobald du ihn erreicht hast.

Denk darüber nach, was die Zahl bedeutet:

- Ein Netz kann nur so gut sein wie die Daten. Wenn deine Spalten wenig über das Label verraten, erreicht kein Netz 90%: Wähle ein Label, das wirklich von den Zahlen abhängt.
- Prüf den Anteil des häufigsten Labels. Wenn bei 95% deiner Zeilen `fresh` steht, erreicht ein Netz, das immer `fresh` antwortet, 95% und hat nichts gelernt. Die Konfusionsmatrix im Tab „Ergebnisse“ zeigt das sofort.
- Bei nur wenigen Zeilen besteht auch der Test nur aus wenigen Zeilen, und eine einzige glückliche oder unglückliche Zeile verändert das Ergebnis stark.</translation>
        </message>
        <message>
            <source>If the file will not load, read the sentence under the file name in the Data settings: it names the row and the column that are wrong.</source>
            <translation>Wenn die Datei nicht lädt, lies den Satz unter dem Dateinamen in den Einstellungen „Daten“: Er nennt die Zeile und die Spalte, die nicht stimmen.</translation>
        </message>
        <message>
            <source>Far below 90%? Look at the curves: if the training accuracy is high but the validation accuracy is low, the network memorises; fewer neurons or more rows help. If both are low, try more epochs, or ask whether your columns can decide the label at all.</source>
            <translation>Weit unter 90%? Sieh dir die Kurven an: Wenn die Trainingsgenauigkeit hoch, die Validierungsgenauigkeit aber niedrig ist, lernt das Netz auswendig; dann helfen weniger Neuronen oder mehr Zeilen. Wenn beide niedrig sind, probier mehr Epochen oder frag dich, ob deine Spalten das Label überhaupt bestimmen können.</translation>
        </message>
        <message>
            <source>A more useful column often helps more than a bigger network.</source>
            <translation>Eine nützlichere Spalte hilft oft mehr als ein größeres Netz.</translation>
        </message>
        <message>
            <source>Use your own CSV file, and keep at least 10% of its rows apart for the test.</source>
            <translation>Verwende deine eigene CSV-Datei und leg mindestens 10% ihrer Zeilen für den Test beiseite.</translation>
        </message>
    </context>
    <context>
        <name>Lesson challenge-small-mnist</name>
        <message>
            <source>Challenge: 97% with 20,000 parameters</source>
            <translation>Challenge: 97% mit 20 000 Parametern</translation>
        </message>
        <message>
            <source>Reach at least 97% on the MNIST test digits with a network of at most 20,000 parameters: a fifth of the first lesson's network.</source>
            <translation>Erreiche mindestens 97% bei den MNIST-Testziffern mit einem Netz aus höchstens 20 000 Parametern: einem Fünftel des Netzes aus der ersten Lektion.</translation>
        </message>
        <message>
            <source>Small MNIST challenge</source>
            <translation>Kleine MNIST-Challenge</translation>
        </message>
        <message>
            <source>The challenge</source>
            <translation>Die Challenge</translation>
        </message>
        <message>
            <source>In the first lesson, a network of **101,770** parameters read handwritten digits with about 97.5% accuracy. Can you do almost as well with a network five times smaller?

**Your goal:** at least **97%** on the 10,000 MNIST test digits, with at most **20,000** parameters (weights and biases).

The rules:

- the data stays MNIST, tested on all 10,000 test digits;
- everything else is yours to change: layers, neurons, activations, the optimizer, epochs, batch size, preprocessing.

You start from the first lesson's network. The count beside the Train button tells you where you stand; the layer stack and the Network tab show where the parameters sit. There is no single right answer, and there is no recipe here: experiment, keep notes, compare your runs in the Runs tab. Press **Next** to see the goal.</source>
            <translation>In der ersten Lektion hat ein Netz mit **101 770** Parametern handgeschriebene Ziffern mit etwa 97,5% Genauigkeit erkannt. Schaffst du fast genauso viel mit einem fünfmal kleineren Netz?

**Dein Ziel:** mindestens **97%** bei den 10 000 MNIST-Testziffern, mit höchstens **20 000** Parametern (Gewichten und Bias-Werten).

Die Regeln:

- die Daten bleiben MNIST, getestet mit allen 10 000 Testziffern;
- alles andere darfst du ändern: Schichten, Neuronen, Aktivierungsfunktionen, den Optimierer, Epochen, Batchgröße, Vorverarbeitung.

Du startest mit dem Netz aus der ersten Lektion. Die Zahl neben dem Knopf Trainieren zeigt dir, wo du stehst; der Schichtstapel und der Tab Netz zeigen, wo die Parameter sitzen. Es gibt nicht die eine richtige Lösung, und hier gibt es kein Rezept: Experimentiere, mach dir Notizen und vergleiche deine Durchläufe im Tab Durchläufe. Drück auf **Weiter**, um das Ziel zu sehen.</translation>
        </message>
        <message>
            <source>Your small network</source>
            <translation>Dein kleines Netz</translation>
        </message>
        <message>
            <source>Build, train, look, change, train again. The goal below ticks itself off as you reach each part.

A tip from scientists: change **one thing at a time**, so that you know what made the difference.</source>
            <translation>Bauen, trainieren, anschauen, ändern, wieder trainieren. Das Ziel unten hakt sich selbst ab, sobald du einen Teil davon erreichst.

Ein Tipp aus der Wissenschaft: Ändere **immer nur eine Sache**, damit du weißt, was den Unterschied gemacht hat.</translation>
        </message>
        <message>
            <source>Where are the parameters? Select each layer in the stack: almost all of them sit between the 784 pixels and the 128 hidden neurons. Shrink one side or the other.</source>
            <translation>Wo sind die Parameter? Wähle nacheinander jede Schicht im Stapel aus: Fast alle sitzen zwischen den 784 Pixeln und den 128 verborgenen Neuronen. Verkleinere die eine oder die andere Seite.</translation>
        </message>
        <message>
            <source>Fewer hidden neurons is the first idea, and worth a try. Watch the test accuracy as well as the count: how close to 97% does it get?</source>
            <translation>Weniger verborgene Neuronen sind die erste Idee und einen Versuch wert. Achte auf die Testgenauigkeit und auf die Anzahl der Parameter: Wie nah kommst du an 97%?</translation>
        </message>
        <message>
            <source>Another idea: make the picture smaller before any Dense layer sees it. The Convolution group of the palette has layers that shrink a picture and learn what to keep. They read pictures with channels (28, 28, 1), so a Reshape layer comes first.</source>
            <translation>Eine andere Idee: Mach das Bild kleiner, bevor eine Dense-Schicht es sieht. Die Gruppe Faltung in der Palette hat Schichten, die ein Bild verkleinern und lernen, was sie behalten sollen. Sie lesen Bilder mit Kanälen (28, 28, 1), deshalb kommt zuerst eine Reshape-Schicht.</translation>
        </message>
        <message>
            <source>Epochs, batch size and the optimizer's settings cost no parameters at all.</source>
            <translation>Epochen, Batchgröße und die Einstellungen des Optimierers kosten überhaupt keine Parameter.</translation>
        </message>
        <message>
            <source>Use the MNIST digits, tested on all 10,000 test digits.</source>
            <translation>Nimm die MNIST-Ziffern, getestet mit allen 10 000 Testziffern.</translation>
        </message>
    </context>
    <context>
        <name>Lesson challenge-xor-fewest</name>
        <message>
            <source>Challenge: XOR with the fewest neurons</source>
            <translation>Challenge: XOR mit möglichst wenigen Neuronen</translation>
        </message>
        <message>
            <source>The XOR lesson used 16 hidden neurons. Get all four rows right with a hidden layer of at most 4, then see how low you can go.</source>
            <translation>Die XOR-Lektion hat 16 verborgene Neuronen verwendet. Bring alle vier Zeilen mit einer verborgenen Schicht von höchstens 4 Neuronen richtig hin und finde dann heraus, wie weit du heruntergehen kannst.</translation>
        </message>
        <message>
            <source>XOR with few neurons</source>
            <translation>XOR mit wenigen Neuronen</translation>
        </message>
        <message>
            <source>The challenge</source>
            <translation>Die Challenge</translation>
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
            <translation>In der XOR-Lektion hat eine verborgene Schicht mit **16** ReLU-Neuronen die vier Zeilen gelernt. Braucht man wirklich 16?

**Dein Ziel:** alle vier Zeilen richtig (100% Trainingsgenauigkeit) mit einem Netz, das eine einzige verborgene Schicht mit höchstens **4** Neuronen hat, weiterhin mit der XOR-Tabelle.

Theoretisch reichen **2** ReLU-Neuronen. Mit den Eingaben $x_1$ und $x_2$:

- Neuron 1 berechnet $h_1 = max(0, x_1 + x_2)$, das ergibt 0, 1, 1, 2 für die vier Zeilen;
- Neuron 2 berechnet $h_2 = max(0, x_1 + x_2 - 1)$, das ergibt 0, 0, 0, 1;
- $h_1 - 2 h_2$ ist dann 0, 1, 1, 0: genau XOR.

Aber das Training muss solche Gewichte erst *finden*, ausgehend von zufälligen, und mit wenigen Neuronen kann es stecken bleiben: Ein Neuron, dessen Summe für alle vier Zeilen unter 0 liegt, gibt 0 aus und lernt nichts, und das Netz kann bei 75% oder 50% hängen bleiben. Bei wenigen Neuronen spielt Glück eine Rolle.

Drück auf **Weiter**, um das Ziel zu sehen. Wenn du es mit 4 geschafft hast, probier 3, dann 2.</translation>
        </message>
        <message>
            <source>Fewer neurons</source>
            <translation>Weniger Neuronen</translation>
        </message>
        <message>
            <source>Change the network, train, look at the curves and the boundary, and try again. The goal below ticks itself off as you reach each part.

Keep a note of what you tried: the neurons, the seed, the learning rate, the epochs, and whether it reached 100%.</source>
            <translation>Ändere das Netz, trainiere, sieh dir die Kurven und die Entscheidungsgrenze an und versuch es noch einmal. Das Ziel unten hakt jeden Teil von selbst ab, sobald du ihn erreicht hast.

Notier dir, was du ausprobiert hast: die Neuronen, den Startwert, die Lernrate, die Epochen und ob 100% erreicht wurden.</translation>
        </message>
        <message>
            <source>The number of neurons is the hidden layer's Units, in its settings.</source>
            <translation>Die Anzahl der Neuronen stellst du in den Einstellungen der verborgenen Schicht bei „Neuronen“ ein.</translation>
        </message>
        <message>
            <source>Stuck at 75% or 50%? That is the random start. Change the Random seed in the Training settings and train again; try a few.</source>
            <translation>Bleibt es bei 75% oder 50% hängen? Das liegt am zufälligen Start. Ändere den Startwert (Seed) in den Einstellungen „Training“ und trainiere noch einmal; probier ein paar Werte aus.</translation>
        </message>
        <message>
            <source>Few neurons learn slowly with small steps. In Loss and optimizer, a learning rate of 0.01 instead of 0.001 takes bigger steps; more epochs give it more time.</source>
            <translation>Wenige Neuronen lernen mit kleinen Schritten nur langsam. Unter „Verlust und Optimierer“ sorgt eine Lernrate von 0.01 statt 0.001 für größere Schritte; mehr Epochen geben dem Netz mehr Zeit.</translation>
        </message>
        <message>
            <source>Keep one hidden layer: Input, Dense, Dense.</source>
            <translation>Behalte eine einzige verborgene Schicht: Input, Dense, Dense.</translation>
        </message>
        <message>
            <source>Give the hidden layer (layer 2) at most 4 neurons.</source>
            <translation>Gib der verborgenen Schicht (Schicht 2) höchstens 4 Neuronen.</translation>
        </message>
        <message>
            <source>Keep the XOR table as the data.</source>
            <translation>Behalte die XOR-Tabelle als Daten.</translation>
        </message>
    </context>
    <context>
        <name>Lesson layers-8-6-6-4</name>
        <message>
            <source>Layers: building the 8-6-6-4 network</source>
            <translation>Schichten: das 8-6-6-4-Netz bauen</translation>
        </message>
        <message>
            <source>What a layer is and what its shapes and weights are, counted by hand: build the small 8-6-6-4 network of the textbooks layer by layer, meet the other kinds of layers in the palette, then train it and follow one example through it.</source>
            <translation>Was eine Schicht ist und was ihre Formen und Gewichte sind, von Hand gezählt: Bau das kleine 8-6-6-4-Netz aus den Lehrbüchern Schicht für Schicht auf, lerne die anderen Schichtarten in der Palette kennen, trainiere es dann und verfolge ein Beispiel durch das Netz.</translation>
        </message>
        <message>
            <source>8-6-6-4 lesson</source>
            <translation>8-6-6-4-Lektion</translation>
        </message>
        <message>
            <source>What is a layer?</source>
            <translation>Was ist eine Schicht?</translation>
        </message>
        <message>
            <source>A neural network is built in **layers**, stacked one under the other. The numbers of one example go in at the top, pass through each layer in turn, and come out at the bottom as the answer. Each layer takes a list of numbers and hands on a new list, often of a different length.

In this lesson you build a small network that books often draw: 8 inputs, two hidden layers of 6 neurons, and 4 outputs. People call it **8-6-6-4**.

The data is made up for it: 1,000 examples, each described by **8 numbers**, each belonging to one of **4 classes**. Think of 8 measurements of a fruit, and 4 kinds of fruit. The network must learn to tell the class from the 8 numbers.

The layer stack already holds the **Input** layer, with the shape `8`. It computes nothing: it says what one example looks like. Keep the **Network** tab open to watch the picture grow as you add layers, then press **Next**.</source>
            <translation>Ein neuronales Netz ist aus **Schichten** aufgebaut, die untereinander gestapelt sind. Die Zahlen eines Beispiels kommen oben hinein, laufen der Reihe nach durch jede Schicht und kommen unten als Antwort heraus. Jede Schicht nimmt eine Liste von Zahlen und gibt eine neue Liste weiter, oft mit einer anderen Länge.

In dieser Lektion baust du ein kleines Netz, das oft in Büchern abgebildet ist: 8 Eingaben, zwei verborgene Schichten mit je 6 Neuronen und 4 Ausgaben. Man nennt es **8-6-6-4**.

Die Daten sind extra dafür ausgedacht: 1000 Beispiele, jedes durch **8 Zahlen** beschrieben und jedes gehört zu einer von **4 Klassen**. Stell dir 8 Messwerte einer Frucht vor und 4 Obstsorten. Das Netz muss lernen, aus den 8 Zahlen die Klasse zu erkennen.

Der Schichtstapel enthält schon die **Input**-Schicht mit der Form `8`. Sie berechnet nichts: Sie sagt nur, wie ein Beispiel aussieht. Lass den Tab **Netz** offen, dann siehst du, wie das Bild mit jeder neuen Schicht wächst, und drück dann auf **Weiter**.</translation>
        </message>
        <message>
            <source>Six neurons, 54 numbers</source>
            <translation>Sechs Neuronen, 54 Zahlen</translation>
        </message>
        <message>
            <source>Drag a **Dense** layer from the palette under Input, and give it **6** units with the activation **ReLU**.

*Dense* means that every neuron is joined to every input. Each of the 6 neurons takes the 8 inputs $x_1$ to $x_8$, multiplies each by a weight of its own, adds them up with a bias $b$, and applies ReLU:

$z = w_1 x_1 + w_2 x_2 + ... + w_8 x_8 + b$, then $max(0, z)$

So the layer takes 8 numbers in and gives 6 out. Its weights fill a table of 8 rows and 6 columns:

$8 * 6 = 48$ weights, plus 6 biases: **54** parameters.</source>
            <translation>Zieh eine **Dense**-Schicht aus der Palette unter Input und gib ihr **6** Neuronen mit der Aktivierungsfunktion **ReLU**.

*Dense* (dicht) bedeutet, dass jedes Neuron mit jeder Eingabe verbunden ist. Jedes der 6 Neuronen nimmt die 8 Eingaben $x_1$ bis $x_8$, multipliziert jede mit einem eigenen Gewicht, addiert alles zusammen mit einem Bias $b$ und wendet ReLU an:

$z = w_1 x_1 + w_2 x_2 + ... + w_8 x_8 + b$, dann $max(0, z)$

Die Schicht nimmt also 8 Zahlen auf und gibt 6 aus. Ihre Gewichte füllen eine Tabelle mit 8 Zeilen und 6 Spalten:

$8 * 6 = 48$ Gewichte plus 6 Bias-Werte: **54** Parameter.</translation>
        </message>
        <message>
            <source>Drag Dense from the palette onto the layer stack, just below Input (or select Input and double-click Dense).</source>
            <translation>Zieh Dense aus der Palette auf den Schichtstapel, direkt unter Input (oder wähle Input aus und doppelklicke auf Dense).</translation>
        </message>
        <message>
            <source>Select the new Dense layer and set its Units to 6; its activation is already ReLU.</source>
            <translation>Wähle die neue Dense-Schicht aus und setze „Neuronen“ auf 6; ihre Aktivierungsfunktion ist schon ReLU.</translation>
        </message>
        <message>
            <source>Have 54 parameters: 8 × 6 weights and 6 biases.</source>
            <translation>Komme auf 54 Parameter: 8 × 6 Gewichte und 6 Bias-Werte.</translation>
        </message>
        <message>
            <source>A second hidden layer</source>
            <translation>Eine zweite verborgene Schicht</translation>
        </message>
        <message>
            <source>Add a second **Dense** layer of **6** units with **ReLU** under the first one.

It takes the 6 numbers of the first layer and gives 6 new ones: $6 * 6 = 36$ weights plus 6 biases, **42** parameters. The network now has $54 + 42 = 96$.

These two layers are called **hidden**: their numbers are neither in the data nor in the answer, and the network decides by itself what they mean. The first layer finds simple patterns in the 8 inputs; the second combines those patterns into bigger ones.</source>
            <translation>Füge unter der ersten eine zweite **Dense**-Schicht mit **6** Neuronen und **ReLU** hinzu.

Sie nimmt die 6 Zahlen der ersten Schicht und gibt 6 neue aus: $6 * 6 = 36$ Gewichte plus 6 Bias-Werte, also **42** Parameter. Das Netz hat jetzt $54 + 42 = 96$.

Diese beiden Schichten heißen **verborgen**: Ihre Zahlen stehen weder in den Daten noch in der Antwort, und das Netz entscheidet selbst, was sie bedeuten. Die erste Schicht findet einfache Muster in den 8 Eingaben; die zweite setzt diese Muster zu größeren zusammen.</translation>
        </message>
        <message>
            <source>Drag another Dense layer to the bottom of the stack, under the first one.</source>
            <translation>Zieh eine weitere Dense-Schicht ganz nach unten in den Stapel, unter die erste.</translation>
        </message>
        <message>
            <source>Set its Units to 6; keep ReLU.</source>
            <translation>Setze „Neuronen“ auf 6; lass ReLU, wie es ist.</translation>
        </message>
        <message>
            <source>Have 96 parameters: 54 in the first hidden layer and 42 in the second.</source>
            <translation>Komme auf 96 Parameter: 54 in der ersten verborgenen Schicht und 42 in der zweiten.</translation>
        </message>
        <message>
            <source>Four answers</source>
            <translation>Vier Antworten</translation>
        </message>
        <message>
            <source>The last layer gives the answer: one probability per class. Add a **Dense** layer of **4** units with the activation **Softmax**, which makes the 4 numbers positive and adds them up to 1.

It has $6 * 4 = 24$ weights and 4 biases: **28** parameters. The whole network:

$(8 * 6 + 6) + (6 * 6 + 6) + (6 * 4 + 4) = 54 + 42 + 28 = 124$

Look at the Network tab: 8, 6, 6 and 4 circles, each joined to every circle of the layer above. Count the lines if you like: $48 + 36 + 24 = 108$, one per weight. The 16 biases are the rest of the 124.</source>
            <translation>Die letzte Schicht gibt die Antwort: eine Wahrscheinlichkeit pro Klasse. Füge eine **Dense**-Schicht mit **4** Neuronen und der Aktivierungsfunktion **Softmax** hinzu; Softmax macht die 4 Zahlen positiv, sodass sie zusammen 1 ergeben.

Sie hat $6 * 4 = 24$ Gewichte und 4 Bias-Werte: **28** Parameter. Das ganze Netz:

$(8 * 6 + 6) + (6 * 6 + 6) + (6 * 4 + 4) = 54 + 42 + 28 = 124$

Schau dir den Tab Netz an: 8, 6, 6 und 4 Kreise, jeder mit jedem Kreis der Schicht darüber verbunden. Zähl die Linien, wenn du magst: $48 + 36 + 24 = 108$, eine pro Gewicht. Die 16 Bias-Werte sind der Rest der 124.</translation>
        </message>
        <message>
            <source>Drag a Dense layer to the very bottom of the stack.</source>
            <translation>Zieh eine Dense-Schicht ganz nach unten in den Stapel.</translation>
        </message>
        <message>
            <source>Set its Units to 4 (one per class) and its Activation to Softmax.</source>
            <translation>Setze „Neuronen“ auf 4 (eins pro Klasse) und „Aktivierungsfunktion“ auf Softmax.</translation>
        </message>
        <message>
            <source>Have exactly 124 parameters in the whole network.</source>
            <translation>Komme im ganzen Netz auf genau 124 Parameter.</translation>
        </message>
        <message>
            <source>Other kinds of layers</source>
            <translation>Andere Arten von Schichten</translation>
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
            <translation>Dense ist das Arbeitspferd, aber die Palette enthält noch andere Arten, jede für eine bestimmte Aufgabe:

- **Flatten** legt ein Gitter als eine Zeile aus: Aus einem Bild mit 28 mal 28 Pixeln werden 784 Zahlen. Sie lernt nichts.
- **Reshape** ordnet die Zahlen in eine andere Form mit derselben Anzahl um, zum Beispiel 784 zurück in 28 mal 28 mal 1, damit eine Conv2D-Schicht sie lesen kann. Auch sie lernt nichts.
- **Dropout** schaltet bei jedem Trainingsschritt einen zufälligen Anteil ihrer Eingaben ab, damit sich das Netz auf kein einzelnes Neuron stützen kann. Das hilft dagegen, die Trainingsdaten auswendig zu lernen, und tut nichts, wenn das Netz antwortet.
- **Batch-Normalisierung** bringt ihre Eingaben während des Trainings auf einen stabilen Mittelwert und eine stabile Streuung; so lernt ein Netz oft schneller.
- **Conv2D** schiebt kleine Filter, etwa 3 mal 3 Pixel groß, über ein Bild und merkt sich, wo jeder Filter sein Muster findet: eine Kante, einen Bogen, eine Ecke. Dieselben 9 Gewichte werden überall im Bild verwendet, deshalb braucht sie wenige Parameter.
- **Max-Pooling 2D** verkleinert ein Bild, indem in jedem kleinen Fenster nur der größte Wert bleibt, zum Beispiel wird aus 2 mal 2 Werten einer.
- **Einfaches RNN** und **LSTM** lesen eine Sequenz Schritt für Schritt, etwa die Wörter eines Satzes oder die Temperaturen einer Woche, und tragen dabei ein Gedächtnis von einem Schritt zum nächsten. Ein LSTM hat Tore (Gates), die entscheiden, was es behält und was es vergisst.

Zeig in der Palette auf eine Schicht, um zu lesen, was sie tut. Drück auf **Weiter**, um eine auszuprobieren.</translation>
        </message>
        <message>
            <source>Try one: Dropout</source>
            <translation>Probier eine aus: Dropout</translation>
        </message>
        <message>
            <source>Drag a **Dropout** layer between the two hidden layers, so that it becomes layer 3. Keep its rate of 0.2: during training, at every step, a random 20% of the first hidden layer's outputs are set to 0.

Now look at the count beside the Train button: still **124**. Dropout has nothing to learn, so it adds no parameters. Its output has the same shape as its input: 6 numbers in, 6 out.</source>
            <translation>Zieh eine **Dropout**-Schicht zwischen die beiden verborgenen Schichten, sodass sie Schicht 3 wird. Lass ihre Rate bei 0.2: Während des Trainings werden bei jedem Schritt zufällige 20% der Ausgaben der ersten verborgenen Schicht auf 0 gesetzt.

Schau jetzt auf die Zahl neben dem Knopf Trainieren: immer noch **124**. Dropout hat nichts zu lernen, also kommen keine Parameter hinzu. Ihre Ausgabe hat dieselbe Form wie ihre Eingabe: 6 Zahlen hinein, 6 heraus.</translation>
        </message>
        <message>
            <source>Dropout is in the Regularisation group of the palette.</source>
            <translation>Dropout findest du in der Gruppe Regularisierung der Palette.</translation>
        </message>
        <message>
            <source>Drop it between the first and the second Dense layer.</source>
            <translation>Leg sie zwischen der ersten und der zweiten Dense-Schicht ab.</translation>
        </message>
        <message>
            <source>Keep 124 parameters: Dropout adds none.</source>
            <translation>Bleib bei 124 Parametern: Dropout fügt keine hinzu.</translation>
        </message>
        <message>
            <source>Back to 8-6-6-4, and train</source>
            <translation>Zurück zu 8-6-6-4, und trainieren</translation>
        </message>
        <message>
            <source>A network this small has little to memorise, so take the Dropout layer out again: select it and press **Delete**. You are back to 8-6-6-4.

The rest is set as in the tutorial. The Data settings **standardise** each of the 8 features (each gets a mean of 0 and a spread of 1, so that no measurement counts more just because its numbers are bigger), keep 20% of the 1,000 examples for the test, and hold back 10% of the rest for validation. The Training settings ask for 50 epochs of batches of 32.

Guess the test accuracy, then press **Train**. With 4 classes, guessing at random would be right 25% of the time.</source>
            <translation>Ein so kleines Netz hat wenig zum Auswendiglernen, also nimm die Dropout-Schicht wieder heraus: Wähle sie aus und drück **Entf**. Du bist wieder bei 8-6-6-4.

Der Rest ist so eingestellt wie im Tutorial. Die Einstellungen „Daten“ **standardisieren** jedes der 8 Merkmale (jedes bekommt den Mittelwert 0 und die Streuung 1, damit kein Messwert nur deshalb mehr zählt, weil seine Zahlen größer sind), legen 20% der 1000 Beispiele für den Test beiseite und halten vom Rest 10% für die Validierung zurück. Die Einstellungen „Training“ verlangen 50 Epochen mit Batches von 32.

Schätz die Testgenauigkeit und drück dann auf **Trainieren**. Bei 4 Klassen läge reines Raten in 25% der Fälle richtig.</translation>
        </message>
        <message>
            <source>Click the Dropout layer in the stack and press the Delete key.</source>
            <translation>Klick im Stapel auf die Dropout-Schicht und drück die Taste Entf.</translation>
        </message>
        <message>
            <source>Then press Train and watch the Training tab.</source>
            <translation>Drück dann auf Trainieren und beobachte den Tab Training.</translation>
        </message>
        <message>
            <source>What share of the test examples will the 8-6-6-4 network put in the right class?</source>
            <translation>Welchen Anteil der Testbeispiele wird das 8-6-6-4-Netz der richtigen Klasse zuordnen?</translation>
        </message>
        <message>
            <source>The data prepared as in the tutorial.</source>
            <translation>Die Daten sind vorbereitet wie im Tutorial.</translation>
        </message>
        <message>
            <source>50 epochs of batches of 32, as in the tutorial.</source>
            <translation>50 Epochen mit Batches von 32, wie im Tutorial.</translation>
        </message>
        <message>
            <source>Have the 8-6-6-4 network again, with its 124 parameters.</source>
            <translation>Bau wieder das 8-6-6-4-Netz mit seinen 124 Parametern.</translation>
        </message>
        <message>
            <source>Inside the network</source>
            <translation>Im Inneren des Netzes</translation>
        </message>
        <message>
            <source>Your network probably put around three test examples in four into the right class. The four classes of this data overlap, so some examples sit right where another class is just as likely: no network can get all of those.

Now open the **Inside** tab. Pick one example: you see its 8 input numbers, the 6 and 6 numbers of the hidden layers (coloured by how strongly each neuron fired), and the 4 probabilities at the end.

Click a neuron of the first hidden layer to see its arithmetic with the real numbers: its 8 weights times the 8 inputs, plus its bias, gives $z$; then ReLU. That is all a Dense layer does, 6 times over, and the whole network is just three such layers in a row.</source>
            <translation>Dein Netz hat wahrscheinlich etwa drei von vier Testbeispielen der richtigen Klasse zugeordnet. Die vier Klassen dieser Daten überlappen sich, deshalb liegen manche Beispiele genau dort, wo eine andere Klasse genauso wahrscheinlich ist: Die kann kein Netz alle richtig haben.

Öffne jetzt den Tab **Innenansicht**. Wähle ein Beispiel: Du siehst seine 8 Eingabezahlen, die 6 und 6 Zahlen der verborgenen Schichten (eingefärbt danach, wie stark jedes Neuron gefeuert hat) und am Ende die 4 Wahrscheinlichkeiten.

Klick auf ein Neuron der ersten verborgenen Schicht, um seine Rechnung mit den echten Zahlen zu sehen: seine 8 Gewichte mal die 8 Eingaben, plus sein Bias, ergibt $z$; dann kommt ReLU. Mehr macht eine Dense-Schicht nicht, nur eben 6-mal, und das ganze Netz besteht nur aus drei solchen Schichten hintereinander.</translation>
        </message>
        <message>
            <source>The Inside tab is at the top of the window, after Draw a digit.</source>
            <translation>Der Tab Innenansicht ist oben im Fenster, gleich nach „Ziffer zeichnen“.</translation>
        </message>
        <message>
            <source>The network is 8-6-6-4, with 124 parameters.</source>
            <translation>Das Netz ist 8-6-6-4, mit 124 Parametern.</translation>
        </message>
    </context>
    <context>
        <name>Lesson mnist-128</name>
        <message>
            <source>Reading handwritten digits</source>
            <translation>Handgeschriebene Ziffern lesen</translation>
        </message>
        <message>
            <source>Build the classic digit reader yourself: lay a 28×28 picture out as 784 numbers, add 128 ReLU neurons and ten softmax outputs, guess how well it will do, train it, and test it on your own handwriting.</source>
            <translation>Bau den klassischen Ziffernleser selbst: Leg ein Bild mit 28×28 Pixeln als 784 Zahlen aus, füge 128 ReLU-Neuronen und zehn Softmax-Ausgaben hinzu, schätze, wie gut er wird, trainiere ihn und teste ihn mit deiner eigenen Handschrift.</translation>
        </message>
        <message>
            <source>MNIST lesson</source>
            <translation>MNIST-Lektion</translation>
        </message>
        <message>
            <source>Seventy thousand digits</source>
            <translation>Siebzigtausend Ziffern</translation>
        </message>
        <message>
            <source>**MNIST** is a collection of **70,000** handwritten digits, 0 to 9, written by real people. Each one is a small grey picture of 28 by 28 pixels, and each pixel is a number from 0 (black background) to 255 (full ink). 60,000 pictures are for learning; the other 10,000 are kept apart for the final test, so the network is marked on digits it has never seen.

Your job: build a network that looks at the pixels of a picture and says which digit it is.

The Data settings already hold MNIST, with the preprocessing *Scale to 0..1*: every pixel is divided by 255, so the network gets numbers between 0 and 1. The layer stack holds one layer so far, **Input**, with the shape `28, 28`: one example is a grid of 28 rows of 28 pixels. Press **Next** when you are ready.</source>
            <translation>**MNIST** ist eine Sammlung von **70 000** handgeschriebenen Ziffern von 0 bis 9, geschrieben von echten Menschen. Jede ist ein kleines graues Bild mit 28 mal 28 Pixeln, und jedes Pixel ist eine Zahl von 0 (schwarzer Hintergrund) bis 255 (volle Tinte). 60 000 Bilder sind zum Lernen da; die anderen 10 000 werden für den Abschlusstest beiseitegelegt, damit das Netz an Ziffern bewertet wird, die es noch nie gesehen hat.

Deine Aufgabe: Bau ein Netz, das sich die Pixel eines Bildes ansieht und sagt, welche Ziffer es ist.

In den Einstellungen „Daten“ ist MNIST schon ausgewählt, mit der Vorverarbeitung *Auf 0..1 skalieren*: Jedes Pixel wird durch 255 geteilt, sodass das Netz Zahlen zwischen 0 und 1 bekommt. Der Schichtstapel enthält bisher eine Schicht, **Input**, mit der Form `28, 28`: Ein Beispiel ist ein Raster aus 28 Reihen mit je 28 Pixeln. Drück auf **Weiter**, wenn du bereit bist.</translation>
        </message>
        <message>
            <source>From a grid to a row</source>
            <translation>Vom Raster zur Zeile</translation>
        </message>
        <message>
            <source>The layer that will do the thinking, **Dense**, reads a *row* of numbers, not a grid. So first the picture is laid out in one long row: the 28 pixels of the top line, then the 28 of the next line right after them, and so on down the picture. 28 lines of 28 pixels make a row of

$28 * 28 = 784$ numbers.

That is what a **Flatten** layer does. Drag **Flatten** from the palette and drop it under Input. The layer stack shows its output: 784 numbers per picture. Flatten learns nothing, it only lays the numbers out anew, so it has 0 parameters.</source>
            <translation>Die Schicht, die das Denken übernimmt, **Dense**, liest eine *Zeile* von Zahlen, kein Raster. Deshalb wird das Bild zuerst als eine lange Zeile ausgelegt: die 28 Pixel der obersten Reihe, direkt dahinter die 28 der nächsten Reihe und so weiter bis zum unteren Rand. 28 Reihen mit 28 Pixeln ergeben eine Zeile aus

$28 * 28 = 784$ Zahlen.

Genau das macht eine **Flatten**-Schicht. Zieh **Flatten** aus der Palette und leg es unter Input ab. Der Schichtstapel zeigt seine Ausgabe: 784 Zahlen pro Bild. Flatten lernt nichts, es ordnet die Zahlen nur neu an, deshalb hat es 0 Parameter.</translation>
        </message>
        <message>
            <source>The palette is the list of layer kinds. Drag Flatten onto the layer stack, just below Input (or select Input and double-click Flatten).</source>
            <translation>Die Palette ist die Liste der Schichtarten. Zieh Flatten auf den Schichtstapel, direkt unter Input (oder wähle Input aus und doppelklicke auf Flatten).</translation>
        </message>
        <message>
            <source>Flatten is in the Core group of the palette, near the top.</source>
            <translation>Flatten findest du weit oben in der Palette, in der ersten Gruppe.</translation>
        </message>
        <message>
            <source>128 neurons, 100,480 numbers to learn</source>
            <translation>128 Neuronen, 100 480 Zahlen zum Lernen</translation>
        </message>
        <message>
            <source>Now the hidden layer. Drag a **Dense** layer under Flatten, select it, and in its settings give it **128** units (neurons). Keep the activation **ReLU**.

Each of the 128 neurons looks at all 784 numbers. It multiplies every number by a weight of its own, adds the 784 results up, adds one more number of its own, the **bias**, and passes the sum $z$ through ReLU, which keeps positive numbers and turns negative ones into 0:

$relu(z) = max(0, z)$

So one neuron has 784 weights and 1 bias. The whole layer has

$784 * 128 = 100,352$ weights, plus 128 biases: **100,480** parameters.

All of them start as small random numbers. Training will tune every one of those 100,480 numbers.</source>
            <translation>Jetzt kommt die verborgene Schicht. Zieh eine **Dense**-Schicht unter Flatten, wähle sie aus und gib ihr in ihren Einstellungen **128** Neuronen. Lass die Aktivierungsfunktion auf **ReLU**.

Jedes der 128 Neuronen schaut sich alle 784 Zahlen an. Es multipliziert jede Zahl mit einem eigenen Gewicht, addiert die 784 Ergebnisse, addiert noch eine eigene Zahl dazu, den **Bias**, und schickt die Summe $z$ durch ReLU. ReLU behält positive Zahlen und macht aus negativen eine 0:

$relu(z) = max(0, z)$

Ein Neuron hat also 784 Gewichte und 1 Bias. Die ganze Schicht hat

$784 * 128 = 100,352$ Gewichte plus 128 Bias-Werte: **100 480** Parameter.

Alle fangen als kleine Zufallszahlen an. Das Training stellt jede einzelne dieser 100 480 Zahlen ein.</translation>
        </message>
        <message>
            <source>Drag Dense from the palette onto the layer stack, just below Flatten.</source>
            <translation>Zieh Dense aus der Palette auf den Schichtstapel, direkt unter Flatten.</translation>
        </message>
        <message>
            <source>Click the new Dense layer in the stack: its settings appear. Set Units to 128; its activation is already ReLU.</source>
            <translation>Klick im Stapel auf die neue Dense-Schicht: Ihre Einstellungen erscheinen. Stell „Neuronen“ auf 128; die Aktivierungsfunktion ist schon ReLU.</translation>
        </message>
        <message>
            <source>Ten answers that add up to 1</source>
            <translation>Zehn Antworten, die zusammen 1 ergeben</translation>
        </message>
        <message>
            <source>The network must give one answer per digit: ten numbers. Add one more **Dense** layer at the bottom with **10** units and the activation **Softmax**.

Softmax turns the ten sums into ten **probabilities**: each becomes $e^z$, which is always positive, and then each is divided by the total of all ten. So the ten answers are between 0 and 1 and **always add up to 1**, like 100% shared among the ten digits. The biggest one is the network's answer: 0.91 for the digit 7 means "I am 91% sure it is a 7".

This layer has $128 * 10 = 1,280$ weights and 10 biases: 1,290 parameters. The line beside the Train button now counts the whole network: $100,480 + 1,290 = 101,770$ weights and biases to learn.</source>
            <translation>Das Netz muss eine Antwort pro Ziffer geben: zehn Zahlen. Füge unten noch eine **Dense**-Schicht mit **10** Neuronen und der Aktivierungsfunktion **Softmax** hinzu.

Softmax macht aus den zehn Summen zehn **Wahrscheinlichkeiten**: Aus jeder wird $e^z$, was immer positiv ist, und dann wird jede durch die Summe aller zehn geteilt. Deshalb liegen die zehn Antworten zwischen 0 und 1 und **ergeben zusammen immer 1**, wie 100%, aufgeteilt auf die zehn Ziffern. Die größte ist die Antwort des Netzes: 0.91 für die Ziffer 7 bedeutet „Ich bin mir zu 91% sicher, dass es eine 7 ist“.

Diese Schicht hat $128 * 10 = 1,280$ Gewichte und 10 Bias-Werte: 1 290 Parameter. Die Zeile neben dem Knopf „Trainieren“ zählt jetzt das ganze Netz: $100,480 + 1,290 = 101,770$ Gewichte und Bias-Werte zum Lernen.</translation>
        </message>
        <message>
            <source>Drag another Dense layer to the very bottom of the stack, under the Dense layer of 128.</source>
            <translation>Zieh eine weitere Dense-Schicht ganz nach unten in den Stapel, unter die Dense-Schicht mit 128 Neuronen.</translation>
        </message>
        <message>
            <source>Its Units must be 10 (one per digit) and its Activation Softmax.</source>
            <translation>Bei ihr muss „Neuronen“ auf 10 stehen (eins pro Ziffer) und „Aktivierungsfunktion“ auf Softmax.</translation>
        </message>
        <message>
            <source>If the count is not 101,770, check that the hidden layer still has 128 units.</source>
            <translation>Wenn die Anzahl nicht 101 770 ist, prüf, ob die verborgene Schicht noch 128 Neuronen hat.</translation>
        </message>
        <message>
            <source>Have exactly 101,770 parameters (weights and biases) in the whole network.</source>
            <translation>Das ganze Netz soll genau 101 770 Parameter (Gewichte und Bias-Werte) haben.</translation>
        </message>
        <message>
            <source>How it will learn</source>
            <translation>Wie es lernen wird</translation>
        </message>
        <message>
            <source>Open the **Loss and optimizer** settings. Two things are already chosen for you.

The **loss** measures how wrong the network is. Here it is *sparse categorical cross-entropy*: it looks at the probability $p$ the network gave to the right digit, and the loss is $-log(p)$. Sure and right ($p = 0.9$) costs only 0.1; giving the right digit only $p = 0.1$ costs 2.3. "Sparse" means the labels are plain digits, 0 to 9.

The **optimizer**, Adam, changes the weights to make the loss smaller. It does not wait for all 60,000 pictures: it looks at a **batch** of 32, works out which way each of the 101,770 numbers should move, and nudges them all a little. That is $60,000 / 32 = 1,875$ nudges per **epoch** (one pass over all the pictures), and the Training settings ask for 10 epochs: 18,750 nudges in all.</source>
            <translation>Öffne die Einstellungen **Verlust und Optimierer**. Zwei Dinge sind schon für dich ausgewählt.

Der **Verlust** misst, wie falsch das Netz liegt. Hier ist es die *Sparse kategoriale Kreuzentropie*: Sie schaut auf die Wahrscheinlichkeit $p$, die das Netz der richtigen Ziffer gegeben hat, und der Verlust ist $-log(p)$. Sicher und richtig ($p = 0.9$) kostet nur 0.1; gibt das Netz der richtigen Ziffer nur $p = 0.1$, kostet das 2.3. „Sparse“ bedeutet, dass die Labels einfache Ziffern sind, 0 bis 9.

Der **Optimierer**, Adam, ändert die Gewichte so, dass der Verlust kleiner wird. Er wartet nicht auf alle 60 000 Bilder: Er schaut sich einen **Batch** aus 32 Bildern an, berechnet, in welche Richtung sich jede der 101 770 Zahlen bewegen sollte, und stupst sie alle ein kleines bisschen an. Das sind $60,000 / 32 = 1,875$ Stupser pro **Epoche** (ein Durchgang durch alle Bilder), und die Einstellungen „Training“ verlangen 10 Epochen: insgesamt 18 750 Stupser.</translation>
        </message>
        <message>
            <source>Guess, then train</source>
            <translation>Erst schätzen, dann trainieren</translation>
        </message>
        <message>
            <source>Before you press **Train**, make a guess: out of the 10,000 test digits the network has never seen, what share will it get right?

Then press **Train** and watch the Training tab: the loss falls and the accuracy climbs, epoch after epoch. It takes a minute or two. The test comes at the end, on the 10,000 test digits.</source>
            <translation>Bevor du auf **Trainieren** drückst, schätze: Welchen Anteil der 10 000 Testziffern, die das Netz nie gesehen hat, wird es richtig erkennen?

Drück dann auf **Trainieren** und beobachte den Tab „Training“: Der Verlust fällt und die Genauigkeit steigt, Epoche für Epoche. Das dauert ein, zwei Minuten. Am Ende kommt der Test mit den 10 000 Testziffern.</translation>
        </message>
        <message>
            <source>Press Train, below the picture of the network, and wait for the 10 epochs to finish.</source>
            <translation>Drück auf „Trainieren“ unter dem Bild des Netzes und warte, bis die 10 Epochen fertig sind.</translation>
        </message>
        <message>
            <source>The tutorial reached about 97.5%. If you are far below, compare your layers with the steps before: Flatten, Dense 128 ReLU, Dense 10 Softmax.</source>
            <translation>Das Tutorial hat etwa 97,5% erreicht. Wenn du weit darunter liegst, vergleiche deine Schichten mit den Schritten davor: Flatten, Dense 128 ReLU, Dense 10 Softmax.</translation>
        </message>
        <message>
            <source>What share of the 10,000 test digits will the trained network get right?</source>
            <translation>Welchen Anteil der 10 000 Testziffern wird das trainierte Netz richtig erkennen?</translation>
        </message>
        <message>
            <source>10 epochs of batches of 32, as in the tutorial, so your result can be compared with the tutorial's.</source>
            <translation>10 Epochen mit Batches zu 32, wie im Tutorial, damit du dein Ergebnis mit dem des Tutorials vergleichen kannst.</translation>
        </message>
        <message>
            <source>The same digits, scaled the same way, as in the tutorial.</source>
            <translation>Dieselben Ziffern, genauso skaliert wie im Tutorial.</translation>
        </message>
        <message>
            <source>Where it goes wrong</source>
            <translation>Wo es danebenliegt</translation>
        </message>
        <message>
            <source>About 97.5% right means about 250 of the 10,000 test digits wrong. Which ones? Open the **Results** tab.

The table is a **confusion matrix**: each row is the true digit, each column is what the network answered, and the diagonal is right. Click a cell off the diagonal, for example row 4, column 9, to see those digits. Many of them are digits a person would hesitate over too.</source>
            <translation>Etwa 97,5% richtig heißt: Ungefähr 250 der 10 000 Testziffern sind falsch. Welche? Öffne den Tab **Ergebnisse**.

Die Tabelle ist eine **Konfusionsmatrix**: Jede Zeile ist die wahre Ziffer, jede Spalte das, was das Netz geantwortet hat, und die Diagonale ist richtig. Klick auf eine Zelle neben der Diagonale, zum Beispiel Zeile 4, Spalte 9, um diese Ziffern zu sehen. Bei vielen davon würde auch ein Mensch zögern.</translation>
        </message>
        <message>
            <source>The Results tab is at the top of the window, beside Training and Runs.</source>
            <translation>Der Tab „Ergebnisse“ ist oben im Fenster, neben „Training“ und „Durchläufe“.</translation>
        </message>
        <message>
            <source>Your own handwriting</source>
            <translation>Deine eigene Handschrift</translation>
        </message>
        <message>
            <source>Now the real test: your handwriting. Open the **Draw a digit** tab and draw a digit in the black square with the mouse. The ten bars are the ten softmax probabilities: watch them change as you draw, and check that they always add up to 1.

Your digits are not quite like MNIST's (a different pen, a different size), so the network may fail on some. Try a 1 with a foot, a 7 with a bar, a 4 with a closed top. If you are curious, the **Inside** tab follows one digit through every layer, down to a single neuron's sum.</source>
            <translation>Jetzt kommt der echte Test: deine Handschrift. Öffne den Tab **Ziffer zeichnen** und zeichne mit der Maus eine Ziffer in das schwarze Quadrat. Die zehn Balken sind die zehn Softmax-Wahrscheinlichkeiten: Beobachte, wie sie sich beim Zeichnen ändern, und prüf nach, ob sie zusammen immer 1 ergeben.

Deine Ziffern sind nicht ganz wie die von MNIST (ein anderer Stift, eine andere Größe), deshalb kann das Netz bei manchen danebenliegen. Probier eine 1 mit Fuß, eine 7 mit Querstrich, eine 4, die oben geschlossen ist. Wenn du neugierig bist: Der Tab **Innenansicht** verfolgt eine Ziffer durch jede Schicht, bis hinunter zur Summe eines einzelnen Neurons.</translation>
        </message>
        <message>
            <source>The Draw a digit tab is at the top of the window. Draw with the left mouse button held down.</source>
            <translation>Der Tab „Ziffer zeichnen“ ist oben im Fenster. Zeichne mit gedrückter linker Maustaste.</translation>
        </message>
        <message>
            <source>The network has 101,770 parameters (784, 128, 10).</source>
            <translation>Das Netz hat 101 770 Parameter (784, 128, 10).</translation>
        </message>
    </context>
    <context>
        <name>Lesson mnist-512</name>
        <message>
            <source>Preparing the data: scaled pixels and one-hot labels</source>
            <translation>Daten vorbereiten: skalierte Pixel und One-hot-Labels</translation>
        </message>
        <message>
            <source>Prepare MNIST the way the tutorial did before the network sees it: pixels scaled to 0..1, pictures laid out as 784 numbers, labels written one-hot. Then train 512 ReLU neurons with Adam for 5 epochs, and find out whether two ways of writing a label make any difference.</source>
            <translation>Bereite MNIST so vor, wie es das Tutorial getan hat, bevor das Netz die Daten sieht: Pixel auf 0..1 skaliert, Bilder als 784 Zahlen ausgelegt, Labels im One-hot-Format. Trainiere dann 512 ReLU-Neuronen 5 Epochen lang mit Adam und finde heraus, ob es einen Unterschied macht, auf welche von zwei Arten ein Label geschrieben ist.</translation>
        </message>
        <message>
            <source>MNIST 512 lesson</source>
            <translation>MNIST-512-Lektion</translation>
        </message>
        <message>
            <source>Same digits, your own preparation</source>
            <translation>Dieselben Ziffern, selbst vorbereitet</translation>
        </message>
        <message>
            <source>Here are the MNIST digits again: 60,000 pictures to learn from, 10,000 to test on, 28 by 28 pixels each.

This time the data comes raw, and you prepare it yourself, as the tutorial did in three moves:

- scale every pixel from 0..255 down to 0..1;
- lay every picture out as one row of 784 numbers;
- write every label as a row of ten numbers ("one-hot").

Then you build a bigger network than in the first lesson, with **512** hidden neurons, and train it for only 5 epochs. Press **Next** to start.</source>
            <translation>Hier sind wieder die MNIST-Ziffern: 60 000 Bilder zum Lernen, 10 000 zum Testen, jedes 28 mal 28 Pixel groß.

Diesmal kommen die Daten roh, und du bereitest sie selbst vor, so wie das Tutorial in drei Schritten:

- jedes Pixel von 0..255 auf 0..1 herunterskalieren;
- jedes Bild als eine Zeile aus 784 Zahlen auslegen;
- jedes Label als Zeile aus zehn Zahlen schreiben („One-hot“).

Dann baust du ein größeres Netz als in der ersten Lektion, mit **512** verborgenen Neuronen, und trainierst es nur 5 Epochen lang. Drück auf **Weiter**, um zu starten.</translation>
        </message>
        <message>
            <source>Pixels from 0 to 255</source>
            <translation>Pixel von 0 bis 255</translation>
        </message>
        <message>
            <source>Open the **Data** settings. The preprocessing is *None*: the network would get every pixel as it is, a number from 0 to 255.

Why does it matter? A neuron adds up 784 pixels, each times a weight. With pixels in the hundreds, the sums run into the thousands, the first training steps overshoot wildly, and learning starts badly.

Set the preprocessing to **Scale to 0..1**. Every pixel is divided by 255: 0 stays 0, full ink (255) becomes 1, a mid grey (128) becomes about 0.5. The pictures look exactly the same; only the numbers are small.</source>
            <translation>Öffne die Einstellungen **Daten**. Die Vorverarbeitung steht auf *Keine*: Das Netz würde jedes Pixel so bekommen, wie es ist, als Zahl von 0 bis 255.

Warum ist das wichtig? Ein Neuron addiert 784 Pixel, jedes multipliziert mit einem Gewicht. Wenn die Pixel im Hunderterbereich liegen, gehen die Summen in die Tausende, die ersten Trainingsschritte schießen wild übers Ziel hinaus, und das Lernen fängt schlecht an.

Stell die Vorverarbeitung auf **Auf 0..1 skalieren**. Jedes Pixel wird durch 255 geteilt: 0 bleibt 0, volle Tinte (255) wird zu 1, ein mittleres Grau (128) wird zu etwa 0.5. Die Bilder sehen genauso aus wie vorher; nur die Zahlen sind klein.</translation>
        </message>
        <message>
            <source>The Data settings are on the right, in a tab beside Layer settings and Loss and optimizer.</source>
            <translation>Die Einstellungen „Daten“ sind rechts, in einem Tab neben „Schichteinstellungen“ und „Verlust und Optimierer“.</translation>
        </message>
        <message>
            <source>Choose Scale to 0..1 in the Preprocessing list.</source>
            <translation>Wähle „Auf 0..1 skalieren“ in der Liste „Vorverarbeitung“.</translation>
        </message>
        <message>
            <source>784 numbers, straight from the data</source>
            <translation>784 Zahlen, direkt aus den Daten</translation>
        </message>
        <message>
            <source>In the first lesson a Flatten layer laid each 28 by 28 picture out as a row of 784 numbers, inside the network. The tutorial did it *before* the network: it turned the 60,000 pictures into 60,000 rows of 784 numbers, once, while loading them.

In the Data settings, tick **Flatten inputs**.

Now look at the Problems list: the data gives rows of 784 numbers, but the Input layer still expects 28, 28. You fix that in the next step.</source>
            <translation>In der ersten Lektion hat eine Flatten-Schicht jedes Bild mit 28 mal 28 Pixeln innerhalb des Netzes als Zeile aus 784 Zahlen ausgelegt. Das Tutorial hat das *vor* dem Netz erledigt: Es hat die 60 000 Bilder beim Laden ein einziges Mal in 60 000 Zeilen aus 784 Zahlen umgewandelt.

Setz in den Einstellungen „Daten“ ein Häkchen bei **Eingaben abflachen**.

Sieh dir jetzt die Problemliste an: Die Daten liefern Zeilen aus 784 Zahlen, aber die Input-Schicht erwartet immer noch 28, 28. Das behebst du im nächsten Schritt.</translation>
        </message>
        <message>
            <source>Flatten inputs is a tick box in the Data settings, under Preprocessing.</source>
            <translation>Das Kästchen „Eingaben abflachen“ findest du in den Einstellungen „Daten“, unter „Vorverarbeitung“.</translation>
        </message>
        <message>
            <source>512 neurons</source>
            <translation>512 Neuronen</translation>
        </message>
        <message>
            <source>Select the **Input** layer and set its shape to `784`: one example is now one row of 784 numbers, and the complaint in the Problems list goes away.

Then drag a **Dense** layer under Input and give it **512** units, with the activation **ReLU**. No Flatten layer is needed this time: the rows come flat already.

Each of the 512 neurons has a weight for each of the 784 inputs, and a bias:

$784 * 512 = 401,408$ weights, plus 512 biases: **401,920** parameters.

That is four times the hidden layer of the first lesson (100,480), because there are four times as many neurons.</source>
            <translation>Wähle die **Input**-Schicht aus und stell ihre Form auf `784`: Ein Beispiel ist jetzt eine Zeile aus 784 Zahlen, und die Beschwerde in der Problemliste verschwindet.

Zieh dann eine **Dense**-Schicht unter Input und gib ihr **512** Neuronen mit der Aktivierungsfunktion **ReLU**. Eine Flatten-Schicht brauchst du diesmal nicht: Die Zeilen kommen schon flach an.

Jedes der 512 Neuronen hat ein Gewicht für jede der 784 Eingaben und einen Bias:

$784 * 512 = 401,408$ Gewichte plus 512 Bias-Werte: **401 920** Parameter.

Das ist viermal so viel wie bei der verborgenen Schicht der ersten Lektion (100 480), weil es viermal so viele Neuronen sind.</translation>
        </message>
        <message>
            <source>Click Input in the layer stack. In its settings, type 784 as the Shape.</source>
            <translation>Klick im Schichtstapel auf Input. Gib in ihren Einstellungen bei „Form“ 784 ein.</translation>
        </message>
        <message>
            <source>Drag Dense from the palette under Input, then set its Units to 512; its activation is already ReLU.</source>
            <translation>Zieh Dense aus der Palette unter Input und stell dann „Neuronen“ auf 512; die Aktivierungsfunktion ist schon ReLU.</translation>
        </message>
        <message>
            <source>If the count is 14,848, the Input layer still says 28, 28: the Dense layer then reads each line of 28 pixels on its own.</source>
            <translation>Wenn die Anzahl 14 848 ist, steht bei der Input-Schicht noch 28, 28: Dann liest die Dense-Schicht jede Reihe aus 28 Pixeln einzeln.</translation>
        </message>
        <message>
            <source>Have 401,920 parameters: 784 inputs times 512 neurons, plus 512 biases (the Input layer must take 784 numbers).</source>
            <translation>Das Netz soll 401 920 Parameter haben: 784 Eingaben mal 512 Neuronen plus 512 Bias-Werte (die Input-Schicht muss 784 Zahlen annehmen).</translation>
        </message>
        <message>
            <source>Ten outputs</source>
            <translation>Zehn Ausgaben</translation>
        </message>
        <message>
            <source>As before, the network ends with one probability per digit. Add a **Dense** layer at the bottom with **10** units and the activation **Softmax**: ten answers between 0 and 1 that add up to 1.

It has $512 * 10 = 5,120$ weights and 10 biases: 5,130 parameters. The whole network has $401,920 + 5,130 = 407,050$, four times the network of the first lesson.</source>
            <translation>Wie bisher endet das Netz mit einer Wahrscheinlichkeit pro Ziffer. Füge unten eine **Dense**-Schicht mit **10** Neuronen und der Aktivierungsfunktion **Softmax** hinzu: zehn Antworten zwischen 0 und 1, die zusammen 1 ergeben.

Sie hat $512 * 10 = 5,120$ Gewichte und 10 Bias-Werte: 5 130 Parameter. Das ganze Netz hat $401,920 + 5,130 = 407,050$, viermal so viele wie das Netz der ersten Lektion.</translation>
        </message>
        <message>
            <source>Drag another Dense layer to the very bottom of the stack.</source>
            <translation>Zieh eine weitere Dense-Schicht ganz nach unten in den Stapel.</translation>
        </message>
        <message>
            <source>Set its Units to 10 and its Activation to Softmax.</source>
            <translation>Stell bei ihr „Neuronen“ auf 10 und „Aktivierungsfunktion“ auf Softmax.</translation>
        </message>
        <message>
            <source>Have exactly 407,050 parameters in the whole network.</source>
            <translation>Das ganze Netz soll genau 407 050 Parameter haben.</translation>
        </message>
        <message>
            <source>One-hot labels</source>
            <translation>One-hot-Labels</translation>
        </message>
        <message>
            <source>The label of a picture of a three is the number 3. The tutorial wrote each label as a row of ten numbers instead: all 0, except a 1 in the place of the right digit. Counting places from 0, the label 3 becomes

`0, 0, 0, 1, 0, 0, 0, 0, 0, 0`

One place is "hot", so this is called **one-hot**. The row has the same shape as the network's ten outputs, so the two can be compared place by place.

The loss must match how the labels are written. *Sparse categorical cross-entropy* takes plain digits; **categorical cross-entropy** takes one-hot rows. Open **Loss and optimizer** and choose **Categorical cross-entropy**: nnstudio then writes the labels one-hot for you.

The loss is $-(y_0 log(p_0) + y_1 log(p_1) + ... + y_9 log(p_9))$, where the $y$ are the one-hot label and the $p$ the network's probabilities. Nine of the $y$ are 0, so only the right digit's $-log(p)$ is left.</source>
            <translation>Das Label eines Bildes mit einer Drei ist die Zahl 3. Das Tutorial hat stattdessen jedes Label als Zeile aus zehn Zahlen geschrieben: lauter Nullen, außer einer 1 an der Stelle der richtigen Ziffer. Wenn man die Stellen ab 0 zählt, wird aus dem Label 3

`0, 0, 0, 1, 0, 0, 0, 0, 0, 0`

Eine Stelle ist „heiß“ (englisch „hot“), deshalb heißt das **One-hot**. Die Zeile hat dieselbe Form wie die zehn Ausgaben des Netzes, sodass man beide Stelle für Stelle vergleichen kann.

Der Verlust muss dazu passen, wie die Labels geschrieben sind. Die *Sparse kategoriale Kreuzentropie* nimmt einfache Ziffern; die **kategoriale Kreuzentropie** nimmt One-hot-Zeilen. Öffne **Verlust und Optimierer** und wähle **Kategoriale Kreuzentropie**: nnstudio schreibt die Labels dann für dich im One-hot-Format.

Der Verlust ist $-(y_0 log(p_0) + y_1 log(p_1) + ... + y_9 log(p_9))$, wobei die $y$ das One-hot-Label sind und die $p$ die Wahrscheinlichkeiten des Netzes. Neun der $y$ sind 0, also bleibt nur $-log(p)$ der richtigen Ziffer übrig.</translation>
        </message>
        <message>
            <source>Loss and optimizer is a tab on the right, beside Layer settings and Data.</source>
            <translation>Der Tab „Verlust und Optimierer“ ist rechts, neben „Schichteinstellungen“ und „Daten“.</translation>
        </message>
        <message>
            <source>Choose Categorical cross-entropy (without "sparse") in the Loss list.</source>
            <translation>Wähle „Kategoriale Kreuzentropie“ (ohne „Sparse“) in der Liste „Verlust“.</translation>
        </message>
        <message>
            <source>Adam, 5 epochs, batches of 128</source>
            <translation>Adam, 5 Epochen, Batches zu 128</translation>
        </message>
        <message>
            <source>The optimizer is already **Adam**. Adam gives every weight its own step size: a weight whose nudges keep pointing the same way takes bigger steps, a weight pushed back and forth takes smaller ones.

Open the **Training** settings and set **Epochs** to **5** and **Batch size** to **128**.

With 128 pictures per batch, one epoch is $60,000 / 128 \approx 469$ nudges (the last batch is a little smaller), and 5 epochs make about 2,345. That is far fewer than the 18,750 of the first lesson, but each nudge is steadier, because it is worked out from 128 pictures instead of 32.</source>
            <translation>Der Optimierer ist schon **Adam**. Adam gibt jedem Gewicht seine eigene Schrittgröße: Ein Gewicht, das immer wieder in dieselbe Richtung gestupst wird, macht größere Schritte, ein Gewicht, das hin und her gestupst wird, kleinere.

Öffne die Einstellungen **Training** und stell **Epochen** auf **5** und **Batchgröße** auf **128**.

Mit 128 Bildern pro Batch besteht eine Epoche aus $60,000 / 128 \approx 469$ Stupsern (der letzte Batch ist etwas kleiner), und 5 Epochen ergeben etwa 2 345. Das sind viel weniger als die 18 750 der ersten Lektion, aber jeder Stupser ist zuverlässiger, weil er aus 128 Bildern statt aus 32 berechnet wird.</translation>
        </message>
        <message>
            <source>The Training settings are a tab on the right, beside Data.</source>
            <translation>Die Einstellungen „Training“ sind ein Tab rechts, neben „Daten“.</translation>
        </message>
        <message>
            <source>Type 5 in Epochs and 128 in Batch size.</source>
            <translation>Gib bei „Epochen“ 5 und bei „Batchgröße“ 128 ein.</translation>
        </message>
        <message>
            <source>Guess, then train</source>
            <translation>Erst schätzen, dann trainieren</translation>
        </message>
        <message>
            <source>Your network is now the tutorial's, setting for setting. Before you press **Train**, guess: with four times the neurons of the first lesson but only 5 epochs, what share of the 10,000 test digits will it get right?

Then press **Train** and watch the Training tab.</source>
            <translation>Dein Netz gleicht jetzt Einstellung für Einstellung dem aus dem Tutorial. Bevor du auf **Trainieren** drückst, schätze: Mit viermal so vielen Neuronen wie in der ersten Lektion, aber nur 5 Epochen – welchen Anteil der 10 000 Testziffern wird es richtig erkennen?

Drück dann auf **Trainieren** und beobachte den Tab „Training“.</translation>
        </message>
        <message>
            <source>Press Train, below the picture of the network, and wait for the 5 epochs.</source>
            <translation>Drück auf „Trainieren“ unter dem Bild des Netzes und warte die 5 Epochen ab.</translation>
        </message>
        <message>
            <source>If the accuracy is far below 97%, check the preprocessing (Scale to 0..1) and the layers: Input 784, Dense 512 ReLU, Dense 10 Softmax.</source>
            <translation>Wenn die Genauigkeit weit unter 97% liegt, prüf die Vorverarbeitung („Auf 0..1 skalieren“) und die Schichten: Input 784, Dense 512 ReLU, Dense 10 Softmax.</translation>
        </message>
        <message>
            <source>What share of the 10,000 test digits will the network with 512 neurons get right?</source>
            <translation>Welchen Anteil der 10 000 Testziffern wird das Netz mit 512 Neuronen richtig erkennen?</translation>
        </message>
        <message>
            <source>The data prepared as in the tutorial: scaled, flattened, labels one-hot.</source>
            <translation>Die Daten vorbereitet wie im Tutorial: skaliert, abgeflacht, Labels im One-hot-Format.</translation>
        </message>
        <message>
            <source>5 epochs of batches of 128, as in the tutorial, so your result can be compared with the tutorial's.</source>
            <translation>5 Epochen mit Batches zu 128, wie im Tutorial, damit du dein Ergebnis mit dem des Tutorials vergleichen kannst.</translation>
        </message>
        <message>
            <source>Bigger, better?</source>
            <translation>Ist größer auch besser?</translation>
        </message>
        <message>
            <source>The tutorial reached **97.88%**. The first lesson's network, with 101,770 parameters and 10 epochs, reached about 97.5%. Four times the weights, for about 0.4% more: past a point, more neurons help only a little.

Open the **Results** tab and look at the confusion matrix. Which digits does this network still mix up?</source>
            <translation>Das Tutorial hat **97,88%** erreicht. Das Netz der ersten Lektion kam mit 101 770 Parametern und 10 Epochen auf etwa 97,5%. Viermal so viele Gewichte für etwa 0,4% mehr: Ab einem gewissen Punkt helfen mehr Neuronen nur noch ein bisschen.

Öffne den Tab **Ergebnisse** und sieh dir die Konfusionsmatrix an. Welche Ziffern verwechselt dieses Netz immer noch?</translation>
        </message>
        <message>
            <source>The Results tab is at the top of the window.</source>
            <translation>Der Tab „Ergebnisse“ ist oben im Fenster.</translation>
        </message>
        <message>
            <source>Two ways to write a label</source>
            <translation>Zwei Arten, ein Label zu schreiben</translation>
        </message>
        <message>
            <source>An experiment. Set the loss back to **Sparse categorical cross-entropy**: the labels are then plain digits again instead of one-hot rows. Tick **Same start as the last run** beside Train, so that the network starts from exactly the same random weights, and train again.</source>
            <translation>Ein Experiment: Stell den Verlust wieder auf **Sparse kategoriale Kreuzentropie**. Die Labels sind dann wieder einfache Ziffern statt One-hot-Zeilen. Setz neben „Trainieren“ ein Häkchen bei **Gleicher Start wie beim letzten Durchlauf**, damit das Netz mit genau denselben zufälligen Gewichten startet, und trainiere noch einmal.</translation>
        </message>
        <message>
            <source>Choose Sparse categorical cross-entropy in Loss and optimizer, then press Train.</source>
            <translation>Wähle unter „Verlust und Optimierer“ die „Sparse kategoriale Kreuzentropie“ und drück dann auf „Trainieren“.</translation>
        </message>
        <message>
            <source>Think back to the formula: with a one-hot label, only the right digit's probability counts. Which probability does the sparse loss look at?</source>
            <translation>Denk an die Formel zurück: Bei einem One-hot-Label zählt nur die Wahrscheinlichkeit der richtigen Ziffer. Welche Wahrscheinlichkeit schaut sich der Sparse-Verlust an?</translation>
        </message>
        <message>
            <source>With the labels as plain digits and the sparse loss, will the test accuracy be higher, lower or about the same?</source>
            <translation>Wird die Testgenauigkeit mit einfachen Ziffern als Labels und dem Sparse-Verlust höher, niedriger oder etwa gleich sein?</translation>
        </message>
        <message>
            <source>Higher</source>
            <translation>Höher</translation>
        </message>
        <message>
            <source>Lower</source>
            <translation>Niedriger</translation>
        </message>
        <message>
            <source>About the same</source>
            <translation>Etwa gleich</translation>
        </message>
        <message>
            <source>Same information, same result</source>
            <translation>Gleiche Information, gleiches Ergebnis</translation>
        </message>
        <message>
            <source>Open the **Runs** tab and compare your two runs. The accuracy is the same, or almost: one-hot labels and plain digits hold the same information, and the two losses compute the same number, $-log(p)$ of the right digit. Any tiny difference comes from the computer rounding its sums in a different order.

So choose whichever is handy: sparse for plain digits, categorical when your labels are already one-hot.</source>
            <translation>Öffne den Tab **Durchläufe** und vergleiche deine beiden Durchläufe. Die Genauigkeit ist gleich oder fast gleich: One-hot-Labels und einfache Ziffern enthalten dieselbe Information, und beide Verlustfunktionen berechnen dieselbe Zahl, $-log(p)$ der richtigen Ziffer. Ein winziger Unterschied kommt nur daher, dass der Computer seine Summen in einer anderen Reihenfolge rundet.

Nimm also, was gerade praktischer ist: Sparse für einfache Ziffern, kategorial, wenn deine Labels schon im One-hot-Format sind.</translation>
        </message>
        <message>
            <source>The Runs tab is at the top of the window, beside Training.</source>
            <translation>Der Tab „Durchläufe“ ist oben im Fenster, neben „Training“.</translation>
        </message>
        <message>
            <source>The network has 407,050 parameters (784, 512, 10).</source>
            <translation>Das Netz hat 407 050 Parameter (784, 512, 10).</translation>
        </message>
    </context>
    <context>
        <name>Lesson mnist-tanh-sgd</name>
        <message>
            <source>Tanh, momentum and a look at overfitting</source>
            <translation>Tanh, Momentum und ein Blick auf Überanpassung</translation>
        </message>
        <message>
            <source>Rebuild a classic of the textbooks: centred pixels, two layers of 50 tanh neurons, plain gradient descent with momentum, 50 epochs, and 10% of the training digits held back to catch the network memorising.</source>
            <translation>Bau einen Klassiker aus den Lehrbüchern nach: zentrierte Pixel, zwei Schichten mit je 50 tanh-Neuronen, einfacher Gradientenabstieg mit Momentum, 50 Epochen – und 10% der Trainingsziffern werden zurückgehalten, um das Netz beim Auswendiglernen zu ertappen.</translation>
        </message>
        <message>
            <source>MNIST tanh and SGD lesson</source>
            <translation>MNIST-Lektion mit tanh und SGD</translation>
        </message>
        <message>
            <source>The original files</source>
            <translation>Die Originaldateien</translation>
        </message>
        <message>
            <source>MNIST was first shared as **four files** in a simple format called IDX: the training pictures, the training labels, the test pictures and the test labels (`train-images-idx3-ubyte`, `train-labels-idx1-ubyte`, `t10k-images-idx3-ubyte` and `t10k-labels-idx1-ubyte`). An IDX file starts with a code number saying what it holds (2051 for pictures, 2049 for labels), then the sizes (60,000 pictures of 28 by 28), then the raw bytes, one per pixel.

The tutorial read those four files itself. You can too: in the **Data** settings, the **Folder…** button beside *File (optional)* points nnstudio at a folder holding the four files, compressed (`.gz`) or not. Leave the file empty to use the copy that comes with nnstudio: it is the same 70,000 digits.

The Data settings already lay each digit out as a row of 784 numbers, and the Input layer takes 784. Press **Next**.</source>
            <translation>MNIST wurde ursprünglich als **vier Dateien** in einem einfachen Format namens IDX veröffentlicht: die Trainingsbilder, die Trainingslabels, die Testbilder und die Testlabels (`train-images-idx3-ubyte`, `train-labels-idx1-ubyte`, `t10k-images-idx3-ubyte` und `t10k-labels-idx1-ubyte`). Eine IDX-Datei beginnt mit einer Kennzahl, die sagt, was darin steckt (2051 für Bilder, 2049 für Labels), danach kommen die Größen (60 000 Bilder mit 28 mal 28 Pixeln) und dann die rohen Bytes, eines pro Pixel.

Das Tutorial hat diese vier Dateien selbst eingelesen. Das kannst du auch: In den Einstellungen **Daten** zeigt der Knopf **Ordner …** neben *Datei (optional)* nnstudio einen Ordner mit den vier Dateien, komprimiert (`.gz`) oder nicht. Lass die Datei leer, dann nimmt nnstudio seine mitgelieferte Kopie: Das sind dieselben 70 000 Ziffern.

Die Einstellungen „Daten“ legen jede Ziffer schon als Zeile aus 784 Zahlen aus, und die Input-Schicht nimmt 784 Zahlen an. Drück auf **Weiter**.</translation>
        </message>
        <message>
            <source>Centring the pixels</source>
            <translation>Die Pixel zentrieren</translation>
        </message>
        <message>
            <source>So far you scaled pixels to 0..1. The tutorial did something else: it **centred** them.

For each of the 784 pixel places, it worked out the **mean** (the average) over the 60,000 training pictures, and subtracted it. Then it divided everything by the **spread** (the standard deviation) of all the training numbers together. After that, a pixel is a small number around 0: negative where this digit has less ink than usual at that place, positive where it has more.

Why? The neurons you add next use **tanh**, which is centred on 0 too. Inputs around 0 keep their sums in the range where tanh still bends, and where learning is fastest.

In the Data settings, set the preprocessing to **Centre, divide by overall spread**. The mean and spread come from the training pictures only: the test pictures must stay unseen until the test.</source>
            <translation>Bisher hast du die Pixel auf 0..1 skaliert. Das Tutorial hat etwas anderes gemacht: Es hat sie **zentriert**.

Für jede der 784 Pixelstellen hat es den **Mittelwert** (den Durchschnitt) über die 60 000 Trainingsbilder berechnet und abgezogen. Dann hat es alles durch die **Streuung** (die Standardabweichung) aller Trainingszahlen zusammen geteilt. Danach ist ein Pixel eine kleine Zahl um 0: negativ, wo diese Ziffer an dieser Stelle weniger Tinte hat als üblich, positiv, wo sie mehr hat.

Warum? Die Neuronen, die du als Nächstes hinzufügst, verwenden **tanh**, und tanh ist ebenfalls um 0 zentriert. Eingaben um 0 halten die Summen in dem Bereich, in dem tanh noch gekrümmt ist und in dem das Lernen am schnellsten geht.

Stell in den Einstellungen „Daten“ die Vorverarbeitung auf **Zentrieren, durch Gesamtstreuung teilen**. Mittelwert und Streuung kommen nur aus den Trainingsbildern: Die Testbilder dürfen bis zum Test nicht gesehen werden.</translation>
        </message>
        <message>
            <source>The Preprocessing list is in the Data settings, on the right.</source>
            <translation>Die Liste „Vorverarbeitung“ findest du rechts in den Einstellungen „Daten“.</translation>
        </message>
        <message>
            <source>Choose Centre, divide by overall spread.</source>
            <translation>Wähle „Zentrieren, durch Gesamtstreuung teilen“.</translation>
        </message>
        <message>
            <source>Two layers of 50 tanh neurons</source>
            <translation>Zwei Schichten mit je 50 tanh-Neuronen</translation>
        </message>
        <message>
            <source>Add two **Dense** layers under Input, each with **50** units and the activation **Tanh**. Tanh squashes any sum into the range -1 to 1, centred on 0:

$tanh(z) = (e^z - e^{-z}) / (e^z + e^{-z})$

A big positive sum gives nearly 1, a big negative one nearly -1, and 0 gives 0.

Look at the **Weight initializer** in each layer's settings: **Glorot uniform**, as in the tutorial. It draws the starting weights at random between $-r$ and $r$, where $r = sqrt(6 / (inputs + outputs))$. For the first layer that is $sqrt(6 / (784 + 50)) \approx 0.085$: small enough that the 784 inputs do not push tanh to its flat ends from the start.

The first layer has $784 * 50 + 50 = 39,250$ parameters, the second $50 * 50 + 50 = 2,550$.</source>
            <translation>Füge unter Input zwei **Dense**-Schichten hinzu, jede mit **50** Neuronen und der Aktivierungsfunktion **Tanh**. Tanh drückt jede Summe in den Bereich von -1 bis 1, zentriert um 0:

$tanh(z) = (e^z - e^{-z}) / (e^z + e^{-z})$

Eine große positive Summe ergibt fast 1, eine große negative fast -1, und 0 ergibt 0.

Sieh dir in den Einstellungen jeder Schicht die **Gewichts-Initialisierung** an: **Glorot (gleichverteilt)**, wie im Tutorial. Sie zieht die Startgewichte zufällig zwischen $-r$ und $r$, wobei $r = sqrt(6 / (inputs + outputs))$ ist. Für die erste Schicht sind das $sqrt(6 / (784 + 50)) \approx 0.085$: klein genug, dass die 784 Eingaben tanh nicht schon am Anfang in seine flachen Enden treiben.

Die erste Schicht hat $784 * 50 + 50 = 39,250$ Parameter, die zweite $50 * 50 + 50 = 2,550$.</translation>
        </message>
        <message>
            <source>Drag Dense from the palette under Input, set Units to 50 and Activation to Tanh. Then do it again under the first one.</source>
            <translation>Zieh Dense aus der Palette unter Input und stell „Neuronen“ auf 50 und „Aktivierungsfunktion“ auf Tanh. Mach das Gleiche dann noch einmal unter der ersten Dense-Schicht.</translation>
        </message>
        <message>
            <source>Glorot uniform is already the weight initializer of a new Dense layer: check it, but there is nothing to change.</source>
            <translation>„Glorot (gleichverteilt)“ ist bei einer neuen Dense-Schicht schon als „Gewichts-Initialisierung“ eingestellt: Prüf es nach, ändern musst du aber nichts.</translation>
        </message>
        <message>
            <source>Ten outputs</source>
            <translation>Zehn Ausgaben</translation>
        </message>
        <message>
            <source>Finish with a **Dense** layer of **10** units and **Softmax**, one probability per digit. It has $50 * 10 + 10 = 510$ parameters.

The whole network has $39,250 + 2,550 + 510 = 42,310$: less than half of the first lesson's network, though it has two hidden layers.</source>
            <translation>Schließ mit einer **Dense**-Schicht mit **10** Neuronen und **Softmax** ab: eine Wahrscheinlichkeit pro Ziffer. Sie hat $50 * 10 + 10 = 510$ Parameter.

Das ganze Netz hat $39,250 + 2,550 + 510 = 42,310$: weniger als halb so viele wie das Netz der ersten Lektion, obwohl es zwei verborgene Schichten hat.</translation>
        </message>
        <message>
            <source>Drag a Dense layer to the very bottom of the stack.</source>
            <translation>Zieh eine Dense-Schicht ganz nach unten in den Stapel.</translation>
        </message>
        <message>
            <source>Set its Units to 10 and its Activation to Softmax. If the count is not 42,310, check that both hidden layers have 50 units.</source>
            <translation>Stell bei ihr „Neuronen“ auf 10 und „Aktivierungsfunktion“ auf Softmax. Wenn die Anzahl nicht 42 310 ist, prüf, ob beide verborgenen Schichten 50 Neuronen haben.</translation>
        </message>
        <message>
            <source>Have exactly 42,310 parameters in the whole network.</source>
            <translation>Das ganze Netz soll genau 42 310 Parameter haben.</translation>
        </message>
        <message>
            <source>Plain gradient descent</source>
            <translation>Einfacher Gradientenabstieg</translation>
        </message>
        <message>
            <source>The optimizer is Adam, which you met before. The tutorial used the oldest optimizer of all, **SGD** (stochastic gradient descent).

After each batch, SGD works out the **gradient**: for every weight, which way and how steeply the loss goes up when that weight grows. Then it moves every weight a small step the other way, downhill:

$w \to w - \eta * gradient$

where $\eta$ (eta) is the **learning rate**, the size of the step. Unlike Adam, every weight uses the same learning rate.

In **Loss and optimizer**, choose the optimizer **SGD**.</source>
            <translation>Der Optimierer ist Adam, den du schon kennst. Das Tutorial hat den ältesten Optimierer überhaupt verwendet: **SGD** (stochastischer Gradientenabstieg).

Nach jedem Batch berechnet SGD den **Gradienten**: für jedes Gewicht, in welche Richtung und wie steil der Verlust ansteigt, wenn dieses Gewicht größer wird. Dann schiebt es jedes Gewicht einen kleinen Schritt in die andere Richtung, also bergab:

$w \to w - \eta * gradient$

Dabei ist $\eta$ (eta) die **Lernrate**, also die Größe des Schritts. Anders als bei Adam verwenden alle Gewichte dieselbe Lernrate.

Wähle unter **Verlust und Optimierer** den Optimierer **SGD**.</translation>
        </message>
        <message>
            <source>Loss and optimizer is a tab on the right, beside Layer settings and Data.</source>
            <translation>Der Tab „Verlust und Optimierer“ ist rechts, neben „Schichteinstellungen“ und „Daten“.</translation>
        </message>
        <message>
            <source>Choose SGD in the Optimizer list.</source>
            <translation>Wähle SGD in der Liste „Optimierer“.</translation>
        </message>
        <message>
            <source>Momentum and a gentle learning rate</source>
            <translation>Momentum und eine sanfte Lernrate</translation>
        </message>
        <message>
            <source>Under SGD are its own settings. The tutorial changed three of them:

- **Learning rate 0.001**: ten times smaller than SGD's usual 0.01. Small, careful steps.
- **Momentum 0.9**: each step also carries on 0.9 of the step before, like a ball rolling downhill that gathers speed where the slope keeps pointing the same way. In a steady direction the steps grow up to $1 / (1 - 0.9) = 10$ times bigger, which makes up for the small learning rate; where the slope flips back and forth, they cancel out.
- **Learning-rate decay 1e-7** (that is 0.0000001): after every batch the rate becomes $0.001 / (1 + 0.0000001 * batches)$. After the whole training, about 42,200 batches, it has shrunk by only 0.4%. A tiny touch, kept so that your network is exactly the tutorial's.

Set the three of them. Keep Nesterov off.</source>
            <translation>Unter SGD stehen seine eigenen Einstellungen. Das Tutorial hat drei davon geändert:

- **Lernrate 0.001**: zehnmal kleiner als die üblichen 0.01 bei SGD. Kleine, vorsichtige Schritte.
- **Momentum 0.9**: Jeder Schritt nimmt zusätzlich 0.9 des vorherigen Schritts mit – wie eine Kugel, die bergab rollt und Schwung holt, solange der Hang in dieselbe Richtung zeigt. Bei gleichbleibender Richtung werden die Schritte bis zu $1 / (1 - 0.9) = 10$-mal größer, und das gleicht die kleine Lernrate aus; wo der Hang hin und her kippt, heben sie sich gegenseitig auf.
- **Abnahme der Lernrate 1e-7** (also 0.0000001): Nach jedem Batch wird die Rate zu $0.001 / (1 + 0.0000001 * batches)$. Nach dem ganzen Training, etwa 42 200 Batches, ist sie nur um 0,4% geschrumpft. Eine winzige Änderung – sie bleibt drin, damit dein Netz genau dem aus dem Tutorial entspricht.

Stell alle drei ein. Lass Nesterov ausgeschaltet.</translation>
        </message>
        <message>
            <source>The settings of SGD are under the Optimizer list, in Loss and optimizer.</source>
            <translation>Die Einstellungen von SGD stehen unter der Liste „Optimierer“, im Tab „Verlust und Optimierer“.</translation>
        </message>
        <message>
            <source>Type 0.001 as the learning rate, 0.9 as the momentum and 1e-7 (or 0.0000001) as the learning-rate decay.</source>
            <translation>Gib 0.001 als Lernrate ein, 0.9 als Momentum und 1e-7 (oder 0.0000001) als „Abnahme der Lernrate“.</translation>
        </message>
        <message>
            <source>Hold back 10% to watch</source>
            <translation>10% zum Beobachten zurückhalten</translation>
        </message>
        <message>
            <source>Training runs for many epochs this time. After many epochs a network can start to **memorise** its training digits, their exact strokes and smudges, instead of learning what a 3 looks like in general. That is called **overfitting**: the training results keep getting better while the results on new digits stop improving, or get worse.

To see it happen, the tutorial held back **10%** of the training digits. The network never learns from them; after every epoch it is only checked on them. That check is the **validation**.

In the Data settings, set the **Validation share** to **0.1**: 6,000 of the 60,000 training digits are held back, and 54,000 are left to learn from. The 10,000 test digits stay apart as before.</source>
            <translation>Diesmal läuft das Training über viele Epochen. Nach vielen Epochen kann ein Netz anfangen, seine Trainingsziffern **auswendig zu lernen**, mit ihren genauen Strichen und Klecksen, statt zu lernen, wie eine 3 im Allgemeinen aussieht. Das nennt man **Überanpassung**: Die Ergebnisse im Training werden immer besser, während sich die Ergebnisse bei neuen Ziffern nicht mehr verbessern oder sogar schlechter werden.

Um das sichtbar zu machen, hat das Tutorial **10%** der Trainingsziffern zurückgehalten. Das Netz lernt nie aus ihnen; nach jeder Epoche wird es nur an ihnen überprüft. Diese Überprüfung ist die **Validierung**.

Stell in den Einstellungen „Daten“ den **Validierungsanteil** auf **0.1**: 6 000 der 60 000 Trainingsziffern werden zurückgehalten, mit den übrigen 54 000 wird gelernt. Die 10 000 Testziffern bleiben wie bisher außen vor.</translation>
        </message>
        <message>
            <source>Validation share is in the Data settings, below Preprocessing.</source>
            <translation>Den Validierungsanteil findest du in den Einstellungen „Daten“, unter „Vorverarbeitung“.</translation>
        </message>
        <message>
            <source>Type 0.1 (a tenth), not 10.</source>
            <translation>Gib 0.1 ein (ein Zehntel), nicht 10.</translation>
        </message>
        <message>
            <source>Batches of 64, for 50 epochs</source>
            <translation>Batches zu 64, 50 Epochen lang</translation>
        </message>
        <message>
            <source>Open the **Training** settings. Set the **Batch size** to **64** and the **Epochs** to **50**.

One epoch is now $54,000 / 64 \approx 844$ batches, so 50 epochs make about 42,200 small steps of SGD. That takes a minute on a fast computer, a few on a slow one. The random seed is **123**, the one the tutorial used, so that your run starts where the tutorial's did.</source>
            <translation>Öffne die Einstellungen **Training**. Stell die **Batchgröße** auf **64** und die **Epochen** auf **50**.

Eine Epoche besteht jetzt aus $54,000 / 64 \approx 844$ Batches, 50 Epochen ergeben also etwa 42 200 kleine SGD-Schritte. Das dauert auf einem schnellen Computer etwa eine Minute, auf einem langsamen ein paar Minuten. Der Startwert (Seed) ist **123**, derselbe wie im Tutorial, damit dein Durchlauf genau dort beginnt, wo der des Tutorials begonnen hat.</translation>
        </message>
        <message>
            <source>The Training settings are a tab on the right, beside Data.</source>
            <translation>Die Einstellungen „Training“ sind ein Tab rechts, neben „Daten“.</translation>
        </message>
        <message>
            <source>Type 64 in Batch size and 50 in Epochs. Leave the seed at 123.</source>
            <translation>Gib bei „Batchgröße“ 64 und bei „Epochen“ 50 ein. Lass den Startwert bei 123.</translation>
        </message>
        <message>
            <source>Guess, then train</source>
            <translation>Erst schätzen, dann trainieren</translation>
        </message>
        <message>
            <source>Your network is now the tutorial's, setting for setting. It is smaller than the first lesson's network and learns with plain SGD, but it trains five times as long.

Guess its test accuracy, then press **Train**. While it trains, watch the Training tab: the solid curves are the training loss and accuracy, the dashed ones the validation loss and accuracy, measured after every epoch on the 6,000 held-back digits.</source>
            <translation>Dein Netz gleicht jetzt Einstellung für Einstellung dem aus dem Tutorial. Es ist kleiner als das Netz der ersten Lektion und lernt mit einfachem SGD, trainiert aber fünfmal so lange.

Schätze seine Testgenauigkeit und drück dann auf **Trainieren**. Beobachte während des Trainings den Tab „Training“: Die durchgezogenen Kurven zeigen Verlust und Genauigkeit im Training, die gestrichelten Verlust und Genauigkeit bei der Validierung, gemessen nach jeder Epoche an den 6 000 zurückgehaltenen Ziffern.</translation>
        </message>
        <message>
            <source>Press Train below the picture of the network. 50 epochs take a while: a good moment to watch the curves.</source>
            <translation>Drück auf „Trainieren“ unter dem Bild des Netzes. 50 Epochen dauern eine Weile: ein guter Moment, um die Kurven zu beobachten.</translation>
        </message>
        <message>
            <source>If the accuracy stays near 10%, check the preprocessing (Centre, divide by overall spread) and the learning rate (0.001).</source>
            <translation>Wenn die Genauigkeit bei etwa 10% hängen bleibt, prüf die Vorverarbeitung („Zentrieren, durch Gesamtstreuung teilen“) und die Lernrate (0.001).</translation>
        </message>
        <message>
            <source>What share of the 10,000 test digits will the tanh network trained by SGD get right?</source>
            <translation>Welchen Anteil der 10 000 Testziffern wird das tanh-Netz, das mit SGD trainiert wurde, richtig erkennen?</translation>
        </message>
        <message>
            <source>SGD with the tutorial's learning rate, momentum and decay.</source>
            <translation>SGD mit Lernrate, Momentum und Abnahme wie im Tutorial.</translation>
        </message>
        <message>
            <source>Centred pixels and 10% held back, as in the tutorial.</source>
            <translation>Zentrierte Pixel und 10% zurückgehalten, wie im Tutorial.</translation>
        </message>
        <message>
            <source>50 epochs of batches of 64 from the seed 123, as in the tutorial, so your result can be compared with the tutorial's.</source>
            <translation>50 Epochen mit Batches zu 64 und dem Startwert 123, wie im Tutorial, damit du dein Ergebnis mit dem des Tutorials vergleichen kannst.</translation>
        </message>
        <message>
            <source>Reading the curves</source>
            <translation>Die Kurven lesen</translation>
        </message>
        <message>
            <source>The tutorial reached **96.27%** on the test digits. Now look at the loss curves in the Training tab: the solid training curve and the dashed validation curve.

- At first both fall together: the network learns things that hold for all digits.
- Then they part. The training loss keeps falling to the very end, but the validation loss falls more and more slowly, and after about 40 epochs it stops falling, even creeping up a tiny bit. The gap between the curves is what the network knows only about its own training digits.
- The accuracy curves show the same gap: about 99% on the training digits at the end, but about 97% on the held-back ones.

That is the first sign of **overfitting**. Training much longer would make the validation loss climb: the network would get better at its training digits and worse at new ones. The best moment to stop is where the validation loss is lowest.

Drag the **replay slider** under the curves back to that moment, and compare the numbers there with the end.</source>
            <translation>Das Tutorial hat bei den Testziffern **96,27%** erreicht. Sieh dir jetzt die Verlustkurven im Tab „Training“ an: die durchgezogene Trainingskurve und die gestrichelte Validierungskurve.

- Zuerst fallen beide gemeinsam: Das Netz lernt Dinge, die für alle Ziffern gelten.
- Dann trennen sie sich. Der Trainingsverlust fällt bis ganz zum Schluss weiter, aber der Validierungsverlust fällt immer langsamer; nach etwa 40 Epochen hört er auf zu fallen und kriecht sogar ein winziges bisschen nach oben. Die Lücke zwischen den Kurven ist das, was das Netz nur über seine eigenen Trainingsziffern weiß.
- Die Genauigkeitskurven zeigen dieselbe Lücke: am Ende etwa 99% bei den Trainingsziffern, aber nur etwa 97% bei den zurückgehaltenen.

Das ist das erste Anzeichen von **Überanpassung**. Würdest du viel länger trainieren, würde der Validierungsverlust steigen: Das Netz würde bei seinen Trainingsziffern besser und bei neuen schlechter. Der beste Moment zum Aufhören ist dort, wo der Validierungsverlust am niedrigsten ist.

Zieh den **Wiedergabe-Regler** unter den Kurven zurück zu diesem Moment und vergleiche die Zahlen dort mit denen am Ende.</translation>
        </message>
        <message>
            <source>The replay slider is under the curves of the Training tab. Drag it to the left.</source>
            <translation>Der Wiedergabe-Regler liegt unter den Kurven im Tab „Training“. Zieh ihn nach links.</translation>
        </message>
        <message>
            <source>Compare the training accuracy of the last epoch with the validation accuracy: the difference is the gap.</source>
            <translation>Vergleiche die Trainingsgenauigkeit der letzten Epoche mit der Validierungsgenauigkeit: Der Unterschied ist die Lücke.</translation>
        </message>
        <message>
            <source>Validation tells the future</source>
            <translation>Die Validierung sagt die Zukunft voraus</translation>
        </message>
        <message>
            <source>Open the **Results** tab. Compare the test accuracy with the validation accuracy of the last epoch: they are close, within about one percent. The 6,000 held-back digits played the part of new digits, so they told you, epoch after epoch, roughly what the test would say.

That is why validation matters: you can use it to choose the number of epochs, the learning rate or the size of the layers, and keep the test digits for the one final, honest mark.</source>
            <translation>Öffne den Tab **Ergebnisse**. Vergleiche die Testgenauigkeit mit der Validierungsgenauigkeit der letzten Epoche: Sie liegen nah beieinander, nur etwa ein Prozent auseinander. Die 6 000 zurückgehaltenen Ziffern haben die Rolle neuer Ziffern gespielt, deshalb haben sie dir Epoche für Epoche ungefähr verraten, was der Test sagen würde.

Darum ist die Validierung so wichtig: Mit ihr kannst du die Anzahl der Epochen, die Lernrate oder die Größe der Schichten auswählen und die Testziffern für die eine, letzte, ehrliche Bewertung aufheben.</translation>
        </message>
        <message>
            <source>The Results tab is at the top of the window.</source>
            <translation>Der Tab „Ergebnisse“ ist oben im Fenster.</translation>
        </message>
        <message>
            <source>The network has 42,310 parameters (784, 50, 50, 10).</source>
            <translation>Das Netz hat 42 310 Parameter (784, 50, 50, 10).</translation>
        </message>
    </context>
    <context>
        <name>Lesson xor</name>
        <message>
            <source>XOR: what one straight line cannot do</source>
            <translation>XOR: was eine gerade Linie nicht schafft</translation>
        </message>
        <message>
            <source>Build the network that learns XOR, watch it draw its boundary, then test two changes: a second hidden layer, and 32 neurons instead of 16. Predict first!</source>
            <translation>Bau das Netz, das XOR lernt, sieh zu, wie es seine Grenze zieht, und teste dann zwei Änderungen: eine zweite verborgene Schicht und 32 statt 16 Neuronen. Sag vorher, was passiert!</translation>
        </message>
        <message>
            <source>XOR lesson</source>
            <translation>XOR-Lektion</translation>
        </message>
        <message>
            <source>Four rows, no straight line</source>
            <translation>Vier Zeilen, keine gerade Linie</translation>
        </message>
        <message>
            <source>A shop wants to find its loyal customers. Each customer is described by two yes/no answers: *old or young?* and *middle or high income?* (0 or 1). The loyal ones are those where **exactly one** answer is 1. That is the XOR rule:

- 0, 0 → 0
- 0, 1 → 1
- 1, 0 → 1
- 1, 1 → 0

Draw the four points on a square in your head: the two 1s sit on opposite corners. Try to split them from the two 0s with **one straight line**. You cannot! A network with no hidden layer can only draw one straight line, so it can never learn XOR.

The Data settings already hold the XOR table. Press **Next** when you have tried the straight line.</source>
            <translation>Ein Laden möchte herausfinden, wer zu seiner Stammkundschaft gehört. Jede Person wird durch zwei Ja/Nein-Antworten beschrieben: *alt oder jung?* und *mittleres oder hohes Einkommen?* (0 oder 1). Zur Stammkundschaft gehören alle, bei denen **genau eine** Antwort 1 ist. Das ist die XOR-Regel:

- 0, 0 → 0
- 0, 1 → 1
- 1, 0 → 1
- 1, 1 → 0

Stell dir die vier Punkte an den Ecken eines Quadrats vor: Die beiden Einsen liegen an gegenüberliegenden Ecken. Versuch, sie mit **einer geraden Linie** von den beiden Nullen zu trennen. Das geht nicht! Ein Netz ohne verborgene Schicht kann nur eine gerade Linie ziehen, also kann es XOR nie lernen.

Die Einstellungen „Daten“ enthalten schon die XOR-Tabelle. Drück auf **Weiter**, wenn du es mit der geraden Linie versucht hast.</translation>
        </message>
        <message>
            <source>A hidden layer</source>
            <translation>Eine verborgene Schicht</translation>
        </message>
        <message>
            <source>A **hidden layer** gives the network many lines to combine. Drag a **Dense** layer from the palette and drop it under the Input layer. Then, in its settings, give it **16** neurons and the activation **ReLU**.

Each of the 16 neurons works out $z = w_1 x_1 + w_2 x_2 + b$ and then ReLU keeps $z$ if it is positive and gives 0 otherwise. That bend is what lets the network draw more than one straight line.</source>
            <translation>Eine **verborgene Schicht** gibt dem Netz viele Linien, die es kombinieren kann. Zieh eine **Dense**-Schicht aus der Palette und leg sie unter der Input-Schicht ab. Gib ihr dann in ihren Einstellungen **16** Neuronen und die Aktivierungsfunktion **ReLU**.

Jedes der 16 Neuronen rechnet $z = w_1 x_1 + w_2 x_2 + b$ aus, und dann behält ReLU $z$, wenn es positiv ist, und gibt sonst 0 aus. Genau dieser Knick macht es möglich, dass das Netz mehr als eine gerade Linie zieht.</translation>
        </message>
        <message>
            <source>The palette is the list of layer kinds. Drag Dense onto the layer stack, just below Input (or select Input and double-click Dense).</source>
            <translation>Die Palette ist die Liste der Schichtarten. Zieh Dense auf den Schichtstapel, direkt unter Input (oder wähle Input aus und doppelklicke auf Dense).</translation>
        </message>
        <message>
            <source>Click the new Dense layer in the stack: its settings appear. Set Units to 16 and Activation to ReLU.</source>
            <translation>Klick im Stapel auf die neue Dense-Schicht: Ihre Einstellungen erscheinen. Setze „Neuronen“ auf 16 und „Aktivierungsfunktion“ auf ReLU.</translation>
        </message>
        <message>
            <source>One answer between 0 and 1</source>
            <translation>Eine Antwort zwischen 0 und 1</translation>
        </message>
        <message>
            <source>The network must answer one number: how sure it is that the customer is loyal. Add one more **Dense** layer at the bottom with **1** neuron and the activation **Sigmoid**. Sigmoid squeezes any number into the range 0 to 1:

$\sigma(z) = 1 / (1 + e^{-z})$

An answer above 0.5 counts as 1, below as 0. Look at the Network tab: you have drawn the 2-16-1 network.</source>
            <translation>Das Netz soll mit einer einzigen Zahl antworten: wie sicher es ist, dass die Person zur Stammkundschaft gehört. Füge ganz unten noch eine **Dense**-Schicht mit **1** Neuron und der Aktivierungsfunktion **Sigmoid** hinzu. Sigmoid presst jede Zahl in den Bereich von 0 bis 1:

$\sigma(z) = 1 / (1 + e^{-z})$

Eine Antwort über 0.5 zählt als 1, darunter als 0. Schau dir den Tab Netz an: Du hast das 2-16-1-Netz gezeichnet.</translation>
        </message>
        <message>
            <source>Drag another Dense layer to the very bottom of the stack.</source>
            <translation>Zieh eine weitere Dense-Schicht ganz nach unten in den Stapel.</translation>
        </message>
        <message>
            <source>Its Units must be 1 (one answer) and its Activation Sigmoid.</source>
            <translation>„Neuronen“ muss 1 sein (eine Antwort) und „Aktivierungsfunktion“ Sigmoid.</translation>
        </message>
        <message>
            <source>Train it</source>
            <translation>Trainiere es</translation>
        </message>
        <message>
            <source>The network starts with random weights, so at first its answers are guesses. Training shows it the four rows again and again (an **epoch** is one pass over all four) and nudges every weight to make the error smaller.

Before you press **Train**, make a guess.</source>
            <translation>Das Netz startet mit zufälligen Gewichten, also sind seine Antworten anfangs nur geraten. Beim Training bekommt es die vier Zeilen immer wieder gezeigt (eine **Epoche** ist ein Durchgang durch alle vier), und jedes Gewicht wird ein kleines Stück verschoben, damit der Fehler kleiner wird.

Bevor du auf **Trainieren** drückst, gib eine Schätzung ab.</translation>
        </message>
        <message>
            <source>Press Train and watch the Training tab: the loss falls and the accuracy climbs to 100%.</source>
            <translation>Drück auf Trainieren und beobachte den Tab Training: Der Verlust fällt, und die Genauigkeit steigt auf 100%.</translation>
        </message>
        <message>
            <source>If the accuracy stays at 50% or 75%, change the Random seed in the Training settings and train again: another random start can learn it.</source>
            <translation>Wenn die Genauigkeit bei 50% oder 75% hängen bleibt, ändere den Startwert (Seed) in den Einstellungen „Training“ und trainiere noch einmal: Mit einem anderen zufälligen Start klappt es vielleicht.</translation>
        </message>
        <message>
            <source>After how many epochs will all four rows be right?</source>
            <translation>Nach wie vielen Epochen sind alle vier Zeilen richtig?</translation>
        </message>
        <message>
            <source>epochs</source>
            <translation>Epochen</translation>
        </message>
        <message>
            <source>500 epochs, as in the tutorial, so that everyone's runs can be compared.</source>
            <translation>500 Epochen, wie im Tutorial, damit sich die Durchläufe von allen vergleichen lassen.</translation>
        </message>
        <message>
            <source>The boundary it drew</source>
            <translation>Die Grenze, die es gezogen hat</translation>
        </message>
        <message>
            <source>On the right of the Training tab is the network's answer for every point of the square: the colour shows the answer, the line shows where it changes its mind. It is not one straight line any more!

Drag the **replay slider** under the Training tab back to the start, then slowly forward: watch the boundary bend into shape as the network learns.</source>
            <translation>Rechts im Tab Training siehst du die Antwort des Netzes für jeden Punkt des Quadrats: Die Farbe zeigt die Antwort, die Linie zeigt, wo es seine Meinung ändert. Das ist keine gerade Linie mehr!

Zieh den **Wiedergabe-Regler** unter dem Tab Training zurück an den Anfang und dann langsam nach vorn: Sieh zu, wie sich die Grenze nach und nach zurechtbiegt, während das Netz lernt.</translation>
        </message>
        <message>
            <source>The slider is under the curves. Drag it to the left.</source>
            <translation>Der Regler ist unter den Kurven. Zieh ihn nach links.</translation>
        </message>
        <message>
            <source>A second hidden layer</source>
            <translation>Eine zweite verborgene Schicht</translation>
        </message>
        <message>
            <source>The tutorial tried two changes. First: a **second hidden layer** of 16 ReLU neurons, between the first one and the output. More layers can combine the lines in more ways. Insert it as layer 3, then train again.

Tip: tick **Same start as the last run** beside Train so that the first layer starts from the same random weights: then only your change differs.</source>
            <translation>Im Tutorial wurden zwei Änderungen ausprobiert. Erstens: eine **zweite verborgene Schicht** mit 16 ReLU-Neuronen, zwischen der ersten und der Ausgabe. Mehr Schichten können die Linien auf mehr Arten kombinieren. Füge sie als Schicht 3 ein und trainiere dann noch einmal.

Tipp: Setz neben Trainieren ein Häkchen bei **Gleicher Start wie beim letzten Durchlauf**, damit die erste Schicht mit denselben zufälligen Gewichten startet: Dann ist deine Änderung der einzige Unterschied.</translation>
        </message>
        <message>
            <source>Drag a Dense layer between the hidden layer and the output layer.</source>
            <translation>Zieh eine Dense-Schicht zwischen die verborgene Schicht und die Ausgabeschicht.</translation>
        </message>
        <message>
            <source>Give it 16 units and ReLU, like the first hidden layer, then press Train.</source>
            <translation>Gib ihr 16 Neuronen und ReLU, wie der ersten verborgenen Schicht, und drück dann auf Trainieren.</translation>
        </message>
        <message>
            <source>With a second hidden layer, will the network reach 100% sooner or later?</source>
            <translation>Erreicht das Netz mit einer zweiten verborgenen Schicht die 100% früher oder später?</translation>
        </message>
        <message>
            <source>Sooner</source>
            <translation>Früher</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <source>About the same</source>
            <translation>Etwa gleich</translation>
        </message>
        <message>
            <source>32 neurons instead of 16</source>
            <translation>32 statt 16 Neuronen</translation>
        </message>
        <message>
            <source>The second change: back to **one** hidden layer, but with **32** neurons. Remove the layer you just added (select it and press Delete), set the first hidden layer's Units to 32, and train again.</source>
            <translation>Die zweite Änderung: zurück zu **einer** verborgenen Schicht, aber mit **32** Neuronen. Entferne die Schicht, die du gerade hinzugefügt hast (wähle sie aus und drück Entf), setze „Neuronen“ der ersten verborgenen Schicht auf 32 und trainiere noch einmal.</translation>
        </message>
        <message>
            <source>Select the second hidden layer (layer 3) and press Delete.</source>
            <translation>Wähle die zweite verborgene Schicht (Schicht 3) aus und drück Entf.</translation>
        </message>
        <message>
            <source>Select the remaining hidden layer and set its Units to 32, then press Train.</source>
            <translation>Wähle die übrige verborgene Schicht aus, setze „Neuronen“ auf 32 und drück dann auf Trainieren.</translation>
        </message>
        <message>
            <source>With 32 neurons instead of 16, will the network reach 100% sooner or later than with 16?</source>
            <translation>Erreicht das Netz mit 32 statt 16 Neuronen die 100% früher oder später als mit 16?</translation>
        </message>
        <message>
            <source>What you found</source>
            <translation>Was du herausgefunden hast</translation>
        </message>
        <message>
            <source>Open the **Runs** tab: your runs are listed with what changed each time, and their curves are drawn over each other. Compare the epoch where each one first reached 100%.

With only four rows, luck (the random start) matters a lot: try the same change twice and the numbers move. Scientists repeat experiments for exactly this reason.</source>
            <translation>Öffne den Tab **Durchläufe**: Dort stehen deine Durchläufe, jeweils mit dem, was sich geändert hat, und ihre Kurven sind übereinander gezeichnet. Vergleiche, in welcher Epoche jeder Durchlauf zum ersten Mal 100% erreicht hat.

Bei nur vier Zeilen spielt Glück (der zufällige Start) eine große Rolle: Probier dieselbe Änderung zweimal, und die Zahlen verschieben sich. Genau deshalb wiederholen Forschende ihre Experimente.</translation>
        </message>
        <message>
            <source>The Runs tab is beside the Training tab, at the top of the window.</source>
            <translation>Der Tab Durchläufe ist neben dem Tab Training, oben im Fenster.</translation>
        </message>
        <message>
            <source>A hidden layer of 16 or more ReLU neurons.</source>
            <translation>Eine verborgene Schicht mit 16 oder mehr ReLU-Neuronen.</translation>
        </message>
    </context>
    <context>
        <name>LessonFile</name>
        <message>
            <source>the palette of layers</source>
            <extracomment>MIGRATIONS[n] turns a lesson's dict at schema version n into one at version n + 1. The parts of the window a step can point at ("look_at"), with the words for them (English: shown through :func:`place_words`).</extracomment>
            <translation>die Schichtpalette</translation>
        </message>
        <message>
            <source>the layer stack</source>
            <translation>den Schichtstapel</translation>
        </message>
        <message>
            <source>the selected layer's settings</source>
            <translation>die Einstellungen der ausgewählten Schicht</translation>
        </message>
        <message>
            <source>the Network tab</source>
            <translation>den Tab „Netz“</translation>
        </message>
        <message>
            <source>the Loss and optimizer settings</source>
            <translation>die Einstellungen „Verlust und Optimierer“</translation>
        </message>
        <message>
            <source>the Data settings</source>
            <translation>die Dateneinstellungen</translation>
        </message>
        <message>
            <source>the Training settings</source>
            <translation>die Trainingseinstellungen</translation>
        </message>
        <message>
            <source>the Train button</source>
            <translation>den Knopf „Trainieren“</translation>
        </message>
        <message>
            <source>the Problems list</source>
            <translation>die Problemliste</translation>
        </message>
        <message>
            <source>the Keras code</source>
            <translation>den Keras-Code</translation>
        </message>
        <message>
            <source>the Training tab's curves</source>
            <translation>die Kurven im Tab „Training“</translation>
        </message>
        <message>
            <source>the Training tab's weights</source>
            <translation>die Gewichte im Tab „Training“</translation>
        </message>
        <message>
            <source>the Training tab's decision boundary</source>
            <translation>die Entscheidungsgrenze im Tab „Training“</translation>
        </message>
        <message>
            <source>the replay slider</source>
            <translation>den Wiedergabe-Regler</translation>
        </message>
        <message>
            <source>the Runs tab</source>
            <translation>den Tab „Durchläufe“</translation>
        </message>
        <message>
            <source>the Results tab</source>
            <translation>den Tab „Ergebnisse“</translation>
        </message>
        <message>
            <source>the Draw a digit tab</source>
            <translation>den Tab „Ziffer zeichnen“</translation>
        </message>
        <message>
            <source>the Inside tab</source>
            <translation>den Tab „Innenansicht“</translation>
        </message>
        <message>
            <source>the layers</source>
            <extracomment>The whole sections a step can lock, with the words for them (see :func:`lock_words`).</extracomment>
            <translation>die Schichten</translation>
        </message>
        <message>
            <source>the loss</source>
            <translation>der Verlust</translation>
        </message>
        <message>
            <source>the optimizer</source>
            <translation>der Optimierer</translation>
        </message>
        <message>
            <source>the data settings</source>
            <translation>die Dateneinstellungen</translation>
        </message>
        <message>
            <source>the training settings</source>
            <translation>die Trainingseinstellungen</translation>
        </message>
        <message>
            <source>the data setting {name}</source>
            <extracomment>Settings a step can lock ("locks"): the whole stack of layers, the loss, the optimizer (with its settings), the metrics, or a data or training setting ("data.flatten"); with the words for them in English (shown through :func:`lock_words`).</extracomment>
            <translation>die Dateneinstellung {name}</translation>
        </message>
        <message>
            <source>the training setting {name}</source>
            <translation>die Trainingseinstellung {name}</translation>
        </message>
        <message>
            <source>the test accuracy</source>
            <extracomment>What a prediction can be compared with, once the next run has finished (the words for it in English: shown through :func:`outcome_words`).</extracomment>
            <translation>Testgenauigkeit</translation>
        </message>
        <message>
            <source>the test loss</source>
            <translation>Testverlust</translation>
        </message>
        <message>
            <source>the training accuracy in the last epoch</source>
            <translation>Trainingsgenauigkeit in der letzten Epoche</translation>
        </message>
        <message>
            <source>the first epoch with 100% training accuracy</source>
            <translation>erste Epoche mit 100% Trainingsgenauigkeit</translation>
        </message>
        <message>
            <source>the training time in seconds</source>
            <translation>Trainingszeit in Sekunden</translation>
        </message>
        <message>
            <source>Challenge</source>
            <extracomment>Which way a choice says the outcome goes, compared with the run before the prediction. Two outcomes count as "the same" when they differ by at most this share of the larger (epochs, seconds, a loss), or for accuracies by at most this many (half a percentage point). Whether the file could not be read as a lesson at all (not there, not text, not JSON, not a lesson, a newer schema), rather than having problems in what it says. For a number: its unit ("%", "epochs") and the range an answer may take. What really happened, to show beside the answer (a key of :data:`OUTCOMES`). For choices: which way each one says the outcome goes (a key of :data:`DIRECTIONS`). What the outcome is compared with: the outcome of an earlier prediction (its id), or "" for the run just before the answer. The actions that reach the goal (see :mod:`nnstudio.lessons.show`), as written. The file's dict as read (after migration), kept with a student's project. Where it was read from ("built-in" for the ones that come with nnstudio).</extracomment>
            <translation>Challenge</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>Challenge: {title}</source>
            <translation>Challenge: {title}</translation>
        </message>
        <message>
            <source>Lesson: {title}</source>
            <translation>Lektion: {title}</translation>
        </message>
        <message>
            <source>the lesson file</source>
            <translation>Die Lektionsdatei</translation>
        </message>
        <message>
            <source>{source}, {where}: {problem}</source>
            <translation>{source}, {where}: {problem}</translation>
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation>{source}: {problem}</translation>
        </message>
        <message>
            <source>unknown entry {key}. Expected some of: {known}.</source>
            <translation>Unbekannter Eintrag {key}. Erwartet werden einige von: {known}.</translation>
        </message>
        <message>
            <source>expected "{key}" to be one of: {allowed}. Received: {value}.</source>
            <translation>Erwartet wird, dass "{key}" eines davon ist: {allowed}. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected "{key}", found none.</source>
            <translation>Erwartet wird "{key}", aber es fehlt.</translation>
        </message>
        <message>
            <source>expected "{key}" to be text. Received: {value}.</source>
            <translation>Erwartet wird, dass "{key}" ein Text ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected "id" to use only letters, digits, -, _ and . (it names the lesson in students' projects). Received: {value}.</source>
            <translation>Erwartet wird, dass "id" nur Buchstaben, Ziffern, -, _ und . enthält (sie benennt die Lektion in den Projekten der Lernenden). Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected "minutes" to be a whole number from 1 to 600. Received: {value}.</source>
            <translation>Erwartet wird, dass "minutes" eine ganze Zahl von 1 bis 600 ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected an object. Received: {value}.</source>
            <translation>Erwartet wird ein Objekt. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected "steps" to be a list of at least one step. Received: {value}.</source>
            <translation>Erwartet wird, dass "steps" eine Liste mit mindestens einem Schritt ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>step {number}</source>
            <translation>Schritt {number}</translation>
        </message>
        <message>
            <source>a challenge needs a goal: expected a step with a "goal" (or a "grade"), found none.</source>
            <translation>Eine Challenge braucht ein Ziel: Erwartet wird ein Schritt mit "goal" (oder "grade"), gefunden wurde keiner.</translation>
        </message>
        <message>
            <source>the prediction {id} compares with {other}: expected the id of an earlier prediction.</source>
            <translation>Die Vorhersage {id} vergleicht mit {other}: Erwartet wird die id einer früheren Vorhersage.</translation>
        </message>
        <message>
            <source>two predictions have the id {id}: expected each prediction to have its own.</source>
            <translation>Zwei Vorhersagen haben die id {id}: Erwartet wird, dass jede Vorhersage ihre eigene hat.</translation>
        </message>
        <message>
            <source>expected "hints" to be a list of texts. Received: {value}.</source>
            <translation>Erwartet wird, dass "hints" eine Liste von Texten ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected "show_me" to be a list of actions. Received: {value}.</source>
            <translation>Erwartet wird, dass "show_me" eine Liste von Aktionen ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected "compare_with" to be the id of an earlier prediction. Received: {value}.</source>
            <translation>Erwartet wird, dass "compare_with" die id einer früheren Vorhersage ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected either "choices" (a list) or "number" (an object with "min", "max" and "unit"), and not both.</source>
            <translation>Erwartet wird entweder "choices" (eine Liste) oder "number" (ein Objekt mit "min", "max" und "unit"), aber nicht beides.</translation>
        </message>
        <message>
            <source>expected "choices" to be a list of at least two texts. Received: {value}.</source>
            <translation>Erwartet wird, dass "choices" eine Liste mit mindestens zwei Texten ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected "right" to be an object. Received: {value}.</source>
            <translation>Erwartet wird, dass "right" ein Objekt ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>"right" names {choice}, which is not one of the choices ({choices}).</source>
            <translation>"right" nennt {choice}, aber das ist keine der Auswahlmöglichkeiten ({choices}).</translation>
        </message>
        <message>
            <source>expected "right" to map a choice to one of: {allowed}. Received: {value}.</source>
            <translation>Erwartet wird, dass "right" jeder Auswahl eines dieser Ergebnisse zuordnet: {allowed}. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>"right" needs an "outcome" to compare.</source>
            <translation>"right" braucht ein "outcome" zum Vergleichen.</translation>
        </message>
        <message>
            <source>expected "number" to be an object with "min", "max" and "unit". Received: {value}.</source>
            <translation>Erwartet wird, dass "number" ein Objekt mit "min", "max" und "unit" ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected "min" and "max" to be numbers and "unit" text. Received: {value}.</source>
            <translation>Erwartet wird, dass "min" und "max" Zahlen sind und "unit" ein Text ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>no answer fits: the smallest answer ({low:g}) is not below the largest ({high:g}).</source>
            <translation>Keine Antwort passt: Die kleinste Antwort ({low:g}) ist nicht kleiner als die größte ({high:g}).</translation>
        </message>
        <message>
            <source>expected "locks" to be a list. Received: {value}.</source>
            <translation>Erwartet wird, dass "locks" eine Liste ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>a lock names no setting that can be locked. Expected {{"setting": …, "reason": …}} with a setting among: {settings}. Received: {value}.</source>
            <translation>Eine Sperre nennt keine Einstellung, die gesperrt werden kann. Erwartet wird {{"setting": …, "reason": …}} mit einer Einstellung aus: {settings}. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>the lock on {setting} needs a "reason" the student reads.</source>
            <translation>Die Sperre für {setting} braucht einen "reason", den die Lernenden lesen.</translation>
        </message>
        <message>
            <source>unknown entry {key}. Expected some of: template, name, layers, compile, data, train.</source>
            <translation>Unbekannter Eintrag {key}. Erwartet werden einige von: template, name, layers, compile, data, train.</translation>
        </message>
        <message>
            <source>there is no template called {name}. Expected one of: {names}.</source>
            <translation>Es gibt keine Vorlage namens {name}. Erwartet wird eine von: {names}.</translation>
        </message>
        <message>
            <source>expected {key} to be an object. Received: {value}.</source>
            <translation>Erwartet wird, dass {key} ein Objekt ist. Erhalten: {value}.</translation>
        </message>
    </context>
    <context>
        <name>LessonGoals</name>
        <message>
            <source>Press Train</source>
            <extracomment>What a student can do that a goal can ask for ("did"), with the words for it (English: shown through :func:`action_words`).</extracomment>
            <translation>Drück auf „Trainieren“</translation>
        </message>
        <message>
            <source>Press Stop while the network trains</source>
            <translation>Drück während des Trainings auf „Stoppen“</translation>
        </message>
        <message>
            <source>Press Pause while the network trains</source>
            <translation>Drück während des Trainings auf „Pause“</translation>
        </message>
        <message>
            <source>Look at the Results tab</source>
            <translation>Sieh dir den Tab „Ergebnisse“ an</translation>
        </message>
        <message>
            <source>Look at the Inside tab</source>
            <translation>Sieh dir den Tab „Innenansicht“ an</translation>
        </message>
        <message>
            <source>Draw a digit in the Draw a digit tab</source>
            <translation>Zeichne eine Ziffer im Tab „Ziffer zeichnen“</translation>
        </message>
        <message>
            <source>Look at the Runs tab</source>
            <translation>Sieh dir den Tab „Durchläufe“ an</translation>
        </message>
        <message>
            <source>Drag the replay slider back to an earlier moment</source>
            <translation>Zieh den Wiedergabe-Regler zurück zu einem früheren Moment</translation>
        </message>
        <message>
            <source>Look at the Keras code</source>
            <translation>Sieh dir den Keras-Code an</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>{items} or {last}</source>
            <translation>{items} oder {last}</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} und {last}</translation>
        </message>
        <message>
            <source>between {low} and {high}</source>
            <extracomment>The lesson's own words for it, if it gave them ("say"); otherwise made from its data.</extracomment>
            <translation>zwischen {low} und {high}</translation>
        </message>
        <message>
            <source>at least {value}</source>
            <translation>mindestens {value}</translation>
        </message>
        <message>
            <source>at most {value}</source>
            <translation>höchstens {value}</translation>
        </message>
        <message>
            <source>filled in</source>
            <translation>ausgefüllt</translation>
        </message>
        <message>
            <source>anything but {value}</source>
            <translation>alles außer {value}</translation>
        </message>
        <message>
            <source>on</source>
            <comment>a setting</comment>
            <translation>aktiviert</translation>
        </message>
        <message>
            <source>off</source>
            <comment>a setting</comment>
            <translation>deaktiviert</translation>
        </message>
        <message>
            <source>expected "min" or "max" (a number) for {what}.</source>
            <translation>Für {what} wird "min" oder "max" (eine Zahl) erwartet.</translation>
        </message>
        <message>
            <source>expected {key} to be a number for {what}. Received: {value}.</source>
            <translation>Für {what} muss {key} eine Zahl sein. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>this can never hold: {what} cannot be at least {min:g} and at most {max:g}.</source>
            <translation>Das kann nie erfüllt sein: Für {what} kann nicht gleichzeitig mindestens {min:g} und höchstens {max:g} gelten.</translation>
        </message>
        <message>
            <source>this can never hold: {what} is never below {low:g}, and the goal asks for at most {max:g}.</source>
            <translation>Das kann nie erfüllt sein: Für {what} gilt immer mindestens {low:g}, aber das Ziel verlangt höchstens {max:g}.</translation>
        </message>
        <message>
            <source>this can never hold: {what} is never above {high:g}, and the goal asks for at least {min:g}.</source>
            <translation>Das kann nie erfüllt sein: Für {what} gilt immer höchstens {high:g}, aber das Ziel verlangt mindestens {min:g}.</translation>
        </message>
        <message>
            <source>expected {what} to be a shape, a list of whole numbers from 1 such as [28, 28] (or a list of shapes). Received: {value}.</source>
            <translation>Erwartet wird, dass {what} eine Form ist, also eine Liste ganzer Zahlen ab 1 wie [28, 28] (oder eine Liste von Formen). Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected {what} to be a value, a list of values or {{"min": …, "max": …}}. Received: {value}.</source>
            <translation>Erwartet wird, dass {what} ein Wert, eine Liste von Werten oder {{"min": …, "max": …}} ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>this can never hold: {what} is asked to be one of no values.</source>
            <translation>Das kann nie erfüllt sein: {what} soll einer von null möglichen Werten sein.</translation>
        </message>
        <message>
            <source>{what} can never be {value}. Expected one of: {allowed}.</source>
            <translation>{what} kann nie {value} sein. Erwartet wird eines von: {allowed}.</translation>
        </message>
        <message>
            <source>expected {what} to be true or false. Received: {value}.</source>
            <translation>Erwartet wird, dass {what} true oder false ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected {what} to be a number. Received: {value}.</source>
            <translation>Erwartet wird, dass {what} eine Zahl ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>this can never hold: {what} must lie between {low:g} and {high:g}, and the goal asks for {value:g}.</source>
            <translation>Das kann nie erfüllt sein: Für {what} gilt immer ein Wert zwischen {low:g} und {high:g}, aber das Ziel verlangt {value:g}.</translation>
        </message>
        <message>
            <source>there is no {what} called {name}. Expected one of: {names}.</source>
            <translation>{what} {name} gibt es nicht. Erwartet wird eines von: {names}.</translation>
        </message>
        <message>
            <source>expected "kind" to be one layer kind. Received: {value}.</source>
            <translation>Erwartet wird, dass "kind" eine einzige Schichtart ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>layer kind</source>
            <translation>Schichtart</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>a {kind} layer has no setting {key}. Expected one of its settings ({names}) or after, position.</source>
            <translation>Eine {kind}-Schicht hat keine Einstellung {key}. Erwartet wird eine ihrer Einstellungen ({names}) oder after, position.</translation>
        </message>
        <message>
            <source>a {kind} layer's {setting}</source>
            <translation>{setting} einer {kind}-Schicht</translation>
        </message>
        <message>
            <source>expected "position" to be "first", "last" or a layer number from 1. Received: {value}.</source>
            <translation>Erwartet wird, dass "position" "first", "last" oder eine Schichtnummer ab 1 ist. Erhalten: {value}.</translation>
        </message>
        <message numerus="yes">
            <source>%n neuron(s)</source>
            <translation>
                <numerusform>%n Neuron</numerusform>
                <numerusform>%n Neuronen</numerusform>
            </translation>
        </message>
        <message>
            <source>{value} neurons</source>
            <translation>{value} Neuronen</translation>
        </message>
        <message>
            <source>rate {value:g}</source>
            <translation>Rate {value:g}</translation>
        </message>
        <message>
            <source>shape {value}</source>
            <translation>Form {value}</translation>
        </message>
        <message>
            <source>{setting} {value}</source>
            <translation>{setting} {value}</translation>
        </message>
        <message>
            <source>with {settings}</source>
            <translation>mit {settings}</translation>
        </message>
        <message>
            <source>right after {kind}</source>
            <translation>direkt nach {kind}</translation>
        </message>
        <message>
            <source>as the first layer</source>
            <translation>als erste Schicht</translation>
        </message>
        <message>
            <source>as the last layer</source>
            <translation>als letzte Schicht</translation>
        </message>
        <message>
            <source>as layer {number}</source>
            <translation>als Schicht {number}</translation>
        </message>
        <message>
            <source>Add an {kind} layer {details}.</source>
            <translation>Füge eine {kind}-Schicht {details} hinzu.</translation>
        </message>
        <message>
            <source>Add an {kind} layer.</source>
            <translation>Füge eine {kind}-Schicht hinzu.</translation>
        </message>
        <message>
            <source>Add a {kind} layer {details}.</source>
            <translation>Füge eine {kind}-Schicht {details} hinzu.</translation>
        </message>
        <message>
            <source>Add a {kind} layer.</source>
            <translation>Füge eine {kind}-Schicht hinzu.</translation>
        </message>
        <message>
            <source>expected "kinds" to be a list of layer kinds. Received: {value}.</source>
            <translation>Erwartet wird, dass "kinds" eine Liste von Schichtarten ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>Have exactly these layers, in this order: {kinds}.</source>
            <translation>Dein Netz soll genau diese Schichten in dieser Reihenfolge haben: {kinds}.</translation>
        </message>
        <message>
            <source>the number of layers</source>
            <translation>die Anzahl der Schichten</translation>
        </message>
        <message>
            <source>Have {bounds} {kind} layers.</source>
            <translation>Dein Netz soll {bounds} {kind}-Schichten haben.</translation>
        </message>
        <message>
            <source>Have {bounds} layers.</source>
            <translation>Dein Netz soll {bounds} Schichten haben.</translation>
        </message>
        <message>
            <source>Have {bounds} {kind} layers (now {count}).</source>
            <translation>Dein Netz soll {bounds} {kind}-Schichten haben (jetzt {count}).</translation>
        </message>
        <message>
            <source>Have {bounds} layers (now {count}).</source>
            <translation>Dein Netz soll {bounds} Schichten haben (jetzt {count}).</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>Verlust</translation>
        </message>
        <message>
            <source>Use the loss {loss}.</source>
            <translation>Verwende den Verlust {loss}.</translation>
        </message>
        <message>
            <source>optimizer</source>
            <translation>Optimierer</translation>
        </message>
        <message>
            <source>expected "settings" to be an object of optimizer settings. Received: {value}.</source>
            <translation>Erwartet wird, dass "settings" ein Objekt mit Einstellungen des Optimierers ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>the optimizer {optimizer} has no setting {key}.</source>
            <translation>Der Optimierer {optimizer} hat keine Einstellung {key}.</translation>
        </message>
        <message>
            <source>the optimizer's {setting}</source>
            <translation>{setting} des Optimierers</translation>
        </message>
        <message>
            <source>Use the optimizer {optimizer}.</source>
            <translation>Verwende den Optimierer {optimizer}.</translation>
        </message>
        <message>
            <source>Use the optimizer {optimizer} with {settings}.</source>
            <translation>Verwende den Optimierer {optimizer} mit {settings}.</translation>
        </message>
        <message>
            <source>dataset</source>
            <extracomment>The words for the data settings the catalog has no label for.</extracomment>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>preprocessing</source>
            <translation>Vorverarbeitung</translation>
        </message>
        <message>
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <source>label column</source>
            <translation>Label-Spalte</translation>
        </message>
        <message>
            <source>expected at least one data setting to check.</source>
            <translation>Erwartet wird mindestens eine Dateneinstellung, die geprüft werden soll.</translation>
        </message>
        <message>
            <source>expected at least one training setting to check.</source>
            <translation>Erwartet wird mindestens eine Trainingseinstellung, die geprüft werden soll.</translation>
        </message>
        <message>
            <source>there is no data setting {key}. Expected some of: {names}.</source>
            <translation>Es gibt keine Dateneinstellung {key}. Erwartet werden einige von: {names}.</translation>
        </message>
        <message>
            <source>there is no training setting {key}. Expected some of: {names}.</source>
            <translation>Es gibt keine Trainingseinstellung {key}. Erwartet werden einige von: {names}.</translation>
        </message>
        <message>
            <source>the data setting {setting}</source>
            <translation>die Dateneinstellung {setting}</translation>
        </message>
        <message>
            <source>the training setting {setting}</source>
            <translation>die Trainingseinstellung {setting}</translation>
        </message>
        <message>
            <source>Set the data settings: {settings}.</source>
            <translation>Wähle diese Dateneinstellungen: {settings}.</translation>
        </message>
        <message>
            <source>Set the training settings: {settings}.</source>
            <translation>Wähle diese Trainingseinstellungen: {settings}.</translation>
        </message>
        <message>
            <source>the number of parameters</source>
            <translation>die Anzahl der Parameter</translation>
        </message>
        <message>
            <source>Keep the parameters (weights and biases) {bounds}.</source>
            <translation>Dein Netz soll {bounds} Parameter (Gewichte und Bias-Werte) haben.</translation>
        </message>
        <message>
            <source>Keep the parameters (weights and biases) {bounds} (now unknown).</source>
            <translation>Dein Netz soll {bounds} Parameter (Gewichte und Bias-Werte) haben (jetzt unbekannt).</translation>
        </message>
        <message>
            <source>Keep the parameters (weights and biases) {bounds} (now {count}).</source>
            <translation>Dein Netz soll {bounds} Parameter (Gewichte und Bias-Werte) haben (jetzt {count}).</translation>
        </message>
        <message>
            <source>expected "stopped" to be true or false. Received: {value}.</source>
            <translation>Erwartet wird, dass "stopped" true oder false ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>Train the network (stopping it early is fine) (the network changed since the last run, so train it again).</source>
            <translation>Trainiere das Netz (du darfst es auch vorzeitig stoppen) (das Netz hat sich seit dem letzten Durchlauf geändert, also trainiere es noch einmal).</translation>
        </message>
        <message>
            <source>Train the network (stopping it early is fine).</source>
            <translation>Trainiere das Netz (du darfst es auch vorzeitig stoppen).</translation>
        </message>
        <message>
            <source>Train the network until it finishes (the network changed since the last run, so train it again).</source>
            <translation>Trainiere das Netz, bis das Training fertig ist (das Netz hat sich seit dem letzten Durchlauf geändert, also trainiere es noch einmal).</translation>
        </message>
        <message>
            <source>Train the network until it finishes.</source>
            <translation>Trainiere das Netz, bis das Training fertig ist.</translation>
        </message>
        <message>
            <source>Reach {what} {bounds} (last run: {value}).</source>
            <translation>Erreiche {what} von {bounds} (letzter Durchlauf: {value}).</translation>
        </message>
        <message>
            <source>Reach {what} {bounds} (train the network as it is now).</source>
            <translation>Erreiche {what} von {bounds} (trainiere das Netz so, wie es jetzt ist).</translation>
        </message>
        <message>
            <source>Reach {what} {bounds}.</source>
            <translation>Erreiche {what} von {bounds}.</translation>
        </message>
        <message>
            <source>action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>a test accuracy</source>
            <translation>eine Testgenauigkeit</translation>
        </message>
        <message>
            <source>a test loss</source>
            <translation>einen Testverlust</translation>
        </message>
        <message>
            <source>a training accuracy (last epoch)</source>
            <translation>eine Trainingsgenauigkeit (letzte Epoche)</translation>
        </message>
        <message>
            <source>a number of epochs trained</source>
            <translation>eine Anzahl trainierter Epochen</translation>
        </message>
        <message>
            <source>expected a condition (an object with "check", "all" or "any"). Received: {value}.</source>
            <translation>Erwartet wird eine Bedingung (ein Objekt mit "check", "all" oder "any"). Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected "say" to be text. Received: {value}.</source>
            <translation>Erwartet wird, dass "say" ein Text ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>a condition with "{key}" takes only a list of conditions (and "say"). Received also: {extra}.</source>
            <translation>Eine Bedingung mit "{key}" nimmt nur eine Liste von Bedingungen (und "say"). Zusätzlich erhalten: {extra}.</translation>
        </message>
        <message>
            <source>expected "{key}" to be a list of at least one condition. Received: {value}.</source>
            <translation>Erwartet wird, dass "{key}" eine Liste mit mindestens einer Bedingung ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>there is no check called {name}. Expected one of: {names}, or "all" / "any" with a list.</source>
            <translation>Es gibt keine Prüfung namens {name}. Erwartet wird eines von: {names} oder "all" / "any" mit einer Liste.</translation>
        </message>
        <message>
            <source>the check "{check}" needs {keys}.</source>
            <translation>Die Prüfung "{check}" braucht {keys}.</translation>
        </message>
        <message>
            <source>the check "{check}" has no setting {key}. Expected some of: {keys}.</source>
            <translation>Die Prüfung "{check}" hat keine Einstellung {key}. Erwartet werden einige von: {keys}.</translation>
        </message>
        <message>
            <source>{goals}; and {goal}</source>
            <comment>goals that must all hold</comment>
            <translation>{goals}; und {goal}</translation>
        </message>
        <message>
            <source>{goals}; or {goal}</source>
            <comment>goals of which one must hold</comment>
            <translation>{goals}; oder {goal}</translation>
        </message>
    </context>
    <context>
        <name>Lessons</name>
        <message>
            <source>There is no built-in lesson called {name} and no lesson file there. Expected a {suffix} file or one of: {ids}.</source>
            <extracomment>The built-in lessons in the order a class meets them, then the challenges.</extracomment>
            <translation>Es gibt keine eingebaute Lektion namens {name} und dort auch keine Lektionsdatei. Erwartet wird eine {suffix}-Datei oder eine von: {ids}.</translation>
        </message>
        <message>
            <source>the lesson kept in {project}</source>
            <translation>die in {project} gespeicherte Lektion</translation>
        </message>
    </context>
    <context>
        <name>LessonsPanel</name>
        <message>
            <source>Your prediction</source>
            <extracomment>The same on a dark window.</extracomment>
            <translation>Deine Vorhersage</translation>
        </message>
        <message>
            <source>Your answer to the question, before you train</source>
            <translation>Deine Antwort auf die Frage, bevor du trainierst</translation>
        </message>
        <message>
            <source>Keep my answer</source>
            <translation>Antwort festhalten</translation>
        </message>
        <message>
            <source>Keep your answer; it is shown beside what happened at the end</source>
            <translation>Deine Antwort festhalten; am Ende wird sie neben dem angezeigt, was passiert ist</translation>
        </message>
        <message>
            <source>&lt;b&gt;Predict first:&lt;/b&gt; {question}</source>
            <extracomment>The choices asked, by their buttons' ids.</extracomment>
            <translation>&lt;b&gt;Erst vorhersagen:&lt;/b&gt; {question}</translation>
        </message>
        <message>
            <source>Choose one answer first.</source>
            <translation>Wähle zuerst eine Antwort.</translation>
        </message>
        <message>
            <source>Close</source>
            <extracomment>(place) the step points at a part of the window ("palette", "results"...). The student closed the lesson (the project stays as it is). (text) a line for the status bar.</extracomment>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Hide the lesson; the project keeps your progress (Learn → Continue the lesson)</source>
            <translation>Die Lektion ausblenden; das Projekt behält deinen Fortschritt (Lernen → Lektion fortsetzen)</translation>
        </message>
        <message>
            <source>The step's text</source>
            <translation>Text des Schritts</translation>
        </message>
        <message>
            <source>What this step explains and asks you to do</source>
            <translation>Was dieser Schritt erklärt und was du tun sollst</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Hint</source>
            <translation>Tipp</translation>
        </message>
        <message>
            <source>Show me</source>
            <translation>Zeig es mir</translation>
        </message>
        <message>
            <source>Do this step's changes for you (Ctrl+Z undoes them)</source>
            <translation>Die Änderungen dieses Schritts für dich erledigen (Strg+Z macht sie rückgängig)</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Back to the step before</source>
            <translation>Zurück zum vorigen Schritt</translation>
        </message>
        <message>
            <source>Show one more hint for this step</source>
            <translation>Noch einen Tipp für diesen Schritt zeigen</translation>
        </message>
        <message>
            <source>On to the next step, once the goal is reached</source>
            <translation>Weiter zum nächsten Schritt, sobald das Ziel erreicht ist</translation>
        </message>
        <message>
            <source>Answer the question before you train.</source>
            <translation>Beantworte die Frage, bevor du trainierst.</translation>
        </message>
        <message>
            <source>Done!</source>
            <translation>Geschafft!</translation>
        </message>
        <message>
            <source>Step {number} of {count}</source>
            <translation>Schritt {number} von {count}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Goal&lt;/b&gt;</source>
            <translation>&lt;b&gt;Ziel&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Hint ({count})</source>
            <translation>Tipp ({count})</translation>
        </message>
        <message>
            <source>Finish</source>
            <translation>Abschließen</translation>
        </message>
        <message>
            <source>On to the next step</source>
            <translation>Weiter zum nächsten Schritt</translation>
        </message>
        <message>
            <source>Reach the goal first, then go on</source>
            <translation>Erreiche zuerst das Ziel, dann geht es weiter</translation>
        </message>
        <message>
            <source>Look at {place} ↗</source>
            <translation>Sieh dir {place} an ↗</translation>
        </message>
        <message>
            <source>&lt;b&gt;Locked:&lt;/b&gt; {setting} stays as it is: {reason}</source>
            <translation>&lt;b&gt;Gesperrt:&lt;/b&gt; {setting}. Grund: {reason}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Hint {number}:&lt;/b&gt; {hint}</source>
            <translation>&lt;b&gt;Tipp {number}:&lt;/b&gt; {hint}</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Well done: you finished “{title}”.&lt;/h3&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Save the project to keep it (and hand it in).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Gut gemacht: Du hast „{title}“ abgeschlossen.&lt;/h3&gt;&lt;ul&gt;{items}&lt;/ul&gt;&lt;p&gt;Speichere das Projekt, um es zu behalten (und abzugeben).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Your prediction is kept. Now press Train to see what happens.</source>
            <translation>Deine Vorhersage ist festgehalten. Drück jetzt auf Trainieren und sieh, was passiert.</translation>
        </message>
        <message>
            <source>Show me cannot do this step: the lesson's own steps do not fit.</source>
            <translation>„Zeig es mir“ kann diesen Schritt nicht ausführen: Die Schritte der Lektion passen nicht zueinander.</translation>
        </message>
        <message>
            <source>Show me: step {number}</source>
            <translation>Zeig es mir: Schritt {number}</translation>
        </message>
        <message>
            <source>Done (Ctrl+Z undoes it). Now it is your turn: {actions}</source>
            <translation>Erledigt (Strg+Z macht es rückgängig). Jetzt bist du dran: {actions}</translation>
        </message>
        <message>
            <source>Done (Ctrl+Z undoes it).</source>
            <translation>Erledigt (Strg+Z macht es rückgängig).</translation>
        </message>
    </context>
    <context>
        <name>LessonsStart</name>
        <message>
            <source>Beginner</source>
            <translation>Einsteiger</translation>
        </message>
        <message>
            <source>Intermediate</source>
            <translation>Mittelstufe</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Fortgeschritten</translation>
        </message>
        <message>
            <source>Welcome to nnstudio</source>
            <extracomment>What the student picked: a Lesson, "file" (open a lesson file), or None (just build).</extracomment>
            <translation>Willkommen bei nnstudio</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Learn neural networks by building them&lt;/h2&gt;&lt;p&gt;Pick a lesson: each one builds a network step by step, with a goal that ticks as you go, hints when you are stuck, and a question before you train. A challenge gives you a goal and no recipe.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Lerne neuronale Netze kennen, indem du sie baust&lt;/h2&gt;&lt;p&gt;Wähle eine Lektion: Jede baut Schritt für Schritt ein Netz auf, mit einem Ziel, das sich abhakt, während du vorankommst, mit Tipps, wenn du feststeckst, und mit einer Frage, bevor du trainierst. Eine Challenge gibt dir ein Ziel, aber kein Rezept.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Lessons and challenges</source>
            <translation>Lektionen und Challenges</translation>
        </message>
        <message>
            <source>Each with its level and minutes; press Enter or Start to begin the chosen one</source>
            <translation>Jeweils mit Niveau und Dauer in Minuten; drück Enter oder Starten, um die gewählte zu beginnen</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Lessons</source>
            <extracomment>The lessons in the order of their rows (the group rows are not lessons).</extracomment>
            <translation>Lektionen</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>Challenges</translation>
        </message>
        <message>
            <source>Challenge: </source>
            <comment>the start of a challenge's title (left out in the list)</comment>
            <translation>Challenge: </translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
        <message>
            <source>Begin the chosen lesson in a new project</source>
            <translation>Die gewählte Lektion in einem neuen Projekt beginnen</translation>
        </message>
        <message>
            <source>Open a lesson file…</source>
            <translation>Lektionsdatei öffnen …</translation>
        </message>
        <message>
            <source>A lesson or challenge a teacher wrote (.nnlesson)</source>
            <translation>Eine Lektion oder Challenge, die eine Lehrkraft geschrieben hat (.nnlesson)</translation>
        </message>
        <message>
            <source>Just build</source>
            <translation>Einfach bauen</translation>
        </message>
        <message>
            <source>Close this page and build a network on your own</source>
            <translation>Diese Seite schließen und selbst ein Netz bauen</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{heading}&lt;/b&gt; (%n step(s)): {summary}</source>
            <translation>
                <numerusform>&lt;b&gt;{heading}&lt;/b&gt; (%n Schritt): {summary}</numerusform>
                <numerusform>&lt;b&gt;{heading}&lt;/b&gt; (%n Schritte): {summary}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MnistFiles</name>
        <message>
            <source>MNIST from the copy that comes with nnstudio ({path}), but its checksum does not match the original MNIST, so it may be changed.</source>
            <extracomment>SHA-256 of the raw bytes of x_train, y_train, x_test and y_test, concatenated in that order. One sentence for the user: where the data came from. The file or folder read; None for a download. "bundled", "keras-cache", "download", "npz" or "idx".</extracomment>
            <translation>MNIST aus der Kopie, die mit nnstudio mitgeliefert wird ({path}), aber ihre Prüfsumme passt nicht zum Original-MNIST; sie wurde also vielleicht verändert.</translation>
        </message>
        <message>
            <source> or </source>
            <comment>between places</comment>
            <translation> oder </translation>
        </message>
        <message>
            <source>MNIST could not be found: expected the copy that comes with nnstudio ({places}) or the Keras cache ({cache}), found neither, and downloading it failed ({error}); choose an MNIST .npz file or a folder of IDX files instead.</source>
            <translation>MNIST wurde nicht gefunden: Erwartet wurde die mit nnstudio mitgelieferte Kopie ({places}) oder der Keras-Cache ({cache}), aber es gibt keins von beiden, und der Download ist fehlgeschlagen ({error}). Wähle stattdessen eine MNIST-.npz-Datei oder einen Ordner mit IDX-Dateien.</translation>
        </message>
        <message>
            <source>the downloaded MNIST</source>
            <comment>In {where}, x_train has shape …</comment>
            <translation>dem heruntergeladenen MNIST</translation>
        </message>
        <message>
            <source>MNIST from the copy that comes with nnstudio ({path}).</source>
            <translation>MNIST aus der Kopie, die mit nnstudio mitgeliefert wird ({path}).</translation>
        </message>
        <message>
            <source>MNIST from the Keras cache ({path}).</source>
            <translation>MNIST aus dem Keras-Cache ({path}).</translation>
        </message>
        <message>
            <source>MNIST from the four IDX files in the folder {path}.</source>
            <translation>MNIST aus den vier IDX-Dateien im Ordner {path}.</translation>
        </message>
        <message>
            <source>MNIST from the file {path}.</source>
            <translation>MNIST aus der Datei {path}.</translation>
        </message>
        <message>
            <source>MNIST downloaded from the internet (from where Keras downloads it).</source>
            <translation>MNIST aus dem Internet heruntergeladen (von dort, woher Keras es lädt).</translation>
        </message>
        <message>
            <source>{path} is not a file but a pipe, a device or a socket: expected an MNIST .npz file or a folder holding the four MNIST IDX files.</source>
            <extracomment>Where ``keras.datasets.mnist.load_data()`` downloads MNIST from, and that file's SHA-256.</extracomment>
            <translation>{path} ist keine Datei, sondern eine Pipe, ein Gerät oder ein Socket: Erwartet wird eine MNIST-.npz-Datei oder ein Ordner mit den vier MNIST-IDX-Dateien.</translation>
        </message>
        <message>
            <source>{path} does not exist: expected an MNIST .npz file or a folder holding the four MNIST IDX files.</source>
            <translation>{path} existiert nicht: Erwartet wird eine MNIST-.npz-Datei oder ein Ordner mit den vier MNIST-IDX-Dateien.</translation>
        </message>
        <message>
            <source>{name} is not an MNIST file: expected an .npz file, a folder holding the four MNIST IDX files, or one of those files (such as train-images-idx3-ubyte.gz).</source>
            <translation>{name} ist keine MNIST-Datei: Erwartet wird eine .npz-Datei, ein Ordner mit den vier MNIST-IDX-Dateien oder eine dieser Dateien (etwa train-images-idx3-ubyte.gz).</translation>
        </message>
    </context>
    <context>
        <name>ModelFile</name>
        <message>
            <source>Could not save {path}: {error}</source>
            <translation>{path} konnte nicht gespeichert werden: {error}</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but it could not be read ({error}).</source>
            <translation>{name} ist beschädigt: Erwartet wurde ein von Keras gespeichertes trainiertes Netz (eine .keras-Datei, also ein ZIP-Archiv), aber die Datei konnte nicht gelesen werden ({error}).</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but it is empty.</source>
            <translation>{name} ist beschädigt: Erwartet wurde ein von Keras gespeichertes trainiertes Netz (eine .keras-Datei, also ein ZIP-Archiv), aber die Datei ist leer.</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but its {size:,} bytes stop before the end of the archive (perhaps its saving was interrupted).</source>
            <translation>{name} ist beschädigt: Erwartet wurde ein von Keras gespeichertes trainiertes Netz (eine .keras-Datei, also ein ZIP-Archiv), aber ihre {size:,} Bytes enden vor dem Ende des Archivs (vielleicht wurde das Speichern unterbrochen).</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but it is not a zip archive ({size:,} bytes of something else).</source>
            <translation>{name} ist beschädigt: Erwartet wurde ein von Keras gespeichertes trainiertes Netz (eine .keras-Datei, also ein ZIP-Archiv), aber die Datei ist kein ZIP-Archiv ({size:,} Bytes von etwas anderem).</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but its archive is broken ({error}).</source>
            <translation>{name} ist beschädigt: Erwartet wurde ein von Keras gespeichertes trainiertes Netz (eine .keras-Datei, also ein ZIP-Archiv), aber das Archiv ist kaputt ({error}).</translation>
        </message>
        <message>
            <source>{name} is damaged: expected a trained network saved by Keras (a .keras file, which is a zip archive), but it is a zip archive, but it holds no Keras network (no config.json in it).</source>
            <translation>{name} ist beschädigt: Erwartet wurde ein von Keras gespeichertes trainiertes Netz (eine .keras-Datei, also ein ZIP-Archiv); die Datei ist zwar ein ZIP-Archiv, enthält aber kein Keras-Netz (keine config.json darin).</translation>
        </message>
        <message>
            <source>There is no trained network at {path}.</source>
            <translation>Unter {path} gibt es kein trainiertes Netz.</translation>
        </message>
    </context>
    <context>
        <name>NetworkAdvice</name>
        <message>
            <source>{first} and {second} have no activation between them.</source>
            <extracomment>Learning rates outside these (lowest, highest) are unusual for the optimizer. Weights per training example beyond which a network can memorise its examples. Datasets smaller than this are truth tables (XOR): memorising them is the point. Epochs from which training without validation is warned about. Hidden sigmoid or tanh layers from which the stack counts as deep. Weights from which a layer counts as very large. Dropout rates from this one on drop too much.</extracomment>
            <translation>{first} und {second} haben keine Aktivierungsfunktion dazwischen.</translation>
        </message>
        <message>
            <source>{layer} comes after the output layer ({output}).</source>
            <translation>{layer} kommt nach der Ausgabeschicht ({output}).</translation>
        </message>
        <message>
            <source>{layer} gets a {shape} input, not a flat row of numbers.</source>
            <translation>{layer} bekommt eine Eingabe der Form {shape}, keine flache Zahlenreihe.</translation>
        </message>
        <message>
            <source>{layer} starts every weight at {value}.</source>
            <translation>{layer} startet jedes Gewicht bei {value}.</translation>
        </message>
        <message>
            <source>{layer} has {count:,} weights and biases.</source>
            <translation>{layer} hat {count:,} Gewichte und Bias-Werte.</translation>
        </message>
        <message>
            <source>{layer} drops {rate:.0%} of its inputs at every step.</source>
            <translation>{layer} verwirft bei jedem Schritt {rate:.0%} ihrer Eingaben.</translation>
        </message>
        <message numerus="yes">
            <source>%n hidden layer(s) use sigmoid or tanh, from {layer} on.</source>
            <translation>
                <numerusform>%n verborgene Schicht verwendet sigmoid oder tanh, ab {layer}.</numerusform>
                <numerusform>%n verborgene Schichten verwenden sigmoid oder tanh, ab {layer}.</numerusform>
            </translation>
        </message>
        <message>
            <source>The network has no hidden layer between the inputs and the output.</source>
            <translation>Das Netz hat keine verborgene Schicht zwischen den Eingaben und der Ausgabe.</translation>
        </message>
        <message>
            <source>A learning rate of {rate:g} is very large for {optimizer} (usually {low:g} to {high:g}).</source>
            <translation>Eine Lernrate von {rate:g} ist sehr groß für {optimizer} (üblich sind {low:g} bis {high:g}).</translation>
        </message>
        <message>
            <source>A learning rate of {rate:g} is very small for {optimizer} (usually {low:g} to {high:g}).</source>
            <translation>Eine Lernrate von {rate:g} ist sehr klein für {optimizer} (üblich sind {low:g} bis {high:g}).</translation>
        </message>
        <message>
            <source>The loss is {loss}, but a softmax output chooses between classes.</source>
            <translation>Der Verlust ist {loss}, aber eine Softmax-Ausgabe wählt zwischen Klassen.</translation>
        </message>
        <message>
            <source>The digits' pixels go into the network as they are, from 0 to 255.</source>
            <translation>Die Pixel der Ziffern gehen unverändert ins Netz, als Zahlen von 0 bis 255.</translation>
        </message>
        <message>
            <source>The network has {weights:,} weights and biases to learn from {examples:,} training examples.</source>
            <translation>Das Netz soll {weights:,} Gewichte und Bias-Werte aus {examples:,} Trainingsbeispielen lernen.</translation>
        </message>
        <message numerus="yes">
            <source>%n epoch(s), and no examples held back for validation.</source>
            <translation>
                <numerusform>%n Epoche, und keine Beispiele sind zur Validierung zurückgehalten.</numerusform>
                <numerusform>%n Epochen, und keine Beispiele sind zur Validierung zurückgehalten.</numerusform>
            </translation>
        </message>
        <message>
            <source>A batch size of 1 means {steps:,} steps an epoch.</source>
            <translation>Eine Batchgröße von 1 bedeutet {steps:,} Schritte pro Epoche.</translation>
        </message>
    </context>
    <context>
        <name>NetworkAnalysis</name>
        <message>
            <source>{size:.1f} GB</source>
            <extracomment>"(None, 128)", or "?" while unknown. The numbers it outputs for one example (None while unknown). Bytes training needs for this layer at the batch size (None while unknown). Training steps in one epoch (None when the data is not known).</extracomment>
            <translation>{size:.1f} GB</translation>
        </message>
        <message>
            <source>{size:.1f} MB</source>
            <translation>{size:.1f} MB</translation>
        </message>
        <message>
            <source>{size:.1f} kB</source>
            <translation>{size:.1f} kB</translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Byte</numerusform>
            </translation>
        </message>
        <message>
            <source>Layer (type)</source>
            <extracomment>Seconds per training step (one batch), the compiling left out. Seconds from the start to the first finished step (building, compiling, data). Seconds an epoch's end costs beyond its steps (validation, bookkeeping), when the measurement saw one; 0 otherwise. The headings of the table the command line prints, like Keras's model.summary().</extracomment>
            <translation>Schicht (Typ)</translation>
        </message>
        <message>
            <source>Output shape</source>
            <translation>Ausgabeform</translation>
        </message>
        <message>
            <source>Outputs</source>
            <translation>Ausgaben</translation>
        </message>
        <message>
            <source>Param #</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Memory</source>
            <translation>Speicher</translation>
        </message>
        <message>
            <source>Total params: {params:,} (trainable: {trainable:,}); estimated memory for training in batches of {batch}: {memory} (weights, their gradients and {slots} per weight, and every output kept for the backward pass)</source>
            <translation>Parameter insgesamt: {params:,} (trainierbar: {trainable:,}); geschätzter Speicher für das Training in Batches zu {batch}: {memory} (Gewichte, ihre Gradienten und {slots} pro Gewicht sowie jede Ausgabe, die für den Rückwärtsdurchgang aufbewahrt wird)</translation>
        </message>
        <message numerus="yes">
            <source>%n optimizer number(s)</source>
            <translation>
                <numerusform>%n Zahl für den Optimierer</numerusform>
                <numerusform>%n Zahlen für den Optimierer</numerusform>
            </translation>
        </message>
        <message>
            <source>Measured on this computer: {step} a step ({timed}), so about {epoch} an epoch of {steps} and {run} for all {epochs} (starting up, once per run: {start}).</source>
            <translation>Auf diesem Computer gemessen: {step} pro Schritt ({timed}), also etwa {epoch} pro Epoche ({steps}) und {run} für alle {epochs} (Start, einmal pro Durchlauf: {start}).</translation>
        </message>
        <message numerus="yes">
            <source>%n step(s) timed</source>
            <translation>
                <numerusform>%n Schritt gemessen</numerusform>
                <numerusform>%n Schritte gemessen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count:,} step(s)</source>
            <extracomment>{count:,} is the number with thousands separators.</extracomment>
            <translation>
                <numerusform>{count:,} Schritt</numerusform>
                <numerusform>{count:,} Schritte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n epoch(s)</source>
            <translation>
                <numerusform>%n Epoche</numerusform>
                <numerusform>%n Epochen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NeuronArithmetic</name>
        <message>
            <source>no activation: the output is z = {output}</source>
            <extracomment>Layers whose neurons each add up weighted inputs, so their arithmetic can be shown. Layers that pass numbers on without weights (their neurons are the pixels or values). The layer's Keras name, which is its name in the project (``dense``, ``dense_1``...). Its Keras class: "Dense", "Flatten", "Conv2D"... Its activation's name ("relu", "softmax", "linear"), or None if it has none. What came out for the example (no batch axis). A Dense layer's weights (inputs, units) and biases (units,); None for other kinds. A Dense layer without biases gets zeros. The example as the network saw it (preprocessed, no batch axis). The layer's name and the neuron's index in it. What came into the neuron and the weight on each. The weighted sum, computed here from the numbers above. What the neuron put out, as the network computed it. For softmax: the whole layer's sums, since each probability needs all of them. Up to this many inputs the sum is written on one line; up to EVERY_TERM, a line per input.</extracomment>
            <translation>keine Aktivierungsfunktion: Die Ausgabe ist z = {output}</translation>
        </message>
        <message>
            <source>softmax: e^{z} divided by the sum of e^z over all {outputs} outputs = {value} (the network says {share:.1%})</source>
            <translation>softmax: e^{z} geteilt durch die Summe von e^z über alle {outputs} Ausgaben = {value} (das Netz sagt {share:.1%})</translation>
        </message>
        <message>
            <source>z = each weight × its input, added up, plus the bias:</source>
            <translation>z = jedes Gewicht × seine Eingabe, alles addiert, plus der Bias:</translation>
        </message>
        <message>
            <source>z = the sum of {count} weights × their inputs, plus the bias</source>
            <translation>z = die Summe aus {count} Gewichten × ihren Eingaben, plus der Bias</translation>
        </message>
        <message>
            <source>the other {count} inputs together: {sum}</source>
            <translation>die übrigen {count} Eingaben zusammen: {sum}</translation>
        </message>
        <message>
            <source>bias: {bias}</source>
            <translation>Bias: {bias}</translation>
        </message>
        <message>
            <source>pixel (row {row}, column {column})</source>
            <translation>Pixel (Zeile {row}, Spalte {column})</translation>
        </message>
        <message>
            <source>the layer before neuron {number}</source>
            <translation>Neuron {number} der Schicht davor</translation>
        </message>
        <message>
            <source>{layer} neuron {number}</source>
            <translation>{layer} Neuron {number}</translation>
        </message>
    </context>
    <context>
        <name>Palette</name>
        <message>
            <source>Drag a layer into the stack, or double-click it (or press Enter).</source>
            <extracomment>Where each entry keeps its kind name (group headings have none).</extracomment>
            <translation>Zieh eine Schicht in den Stapel oder doppelklicke darauf (oder drück Enter).</translation>
        </message>
        <message>
            <source>Layer palette</source>
            <translation>Schichtpalette</translation>
        </message>
        <message>
            <source>Layer kinds. Press Enter to insert the current one below the selected layer.</source>
            <translation>Schichtarten. Drück Enter, um die aktuelle unter der ausgewählten Schicht einzufügen.</translation>
        </message>
    </context>
    <context>
        <name>Paths</name>
        <message>
            <source>a file</source>
            <extracomment>The longest folder or file name most file systems allow (255 bytes on Linux and macOS, 255 characters on Windows).</extracomment>
            <translation>eine Datei</translation>
        </message>
        <message>
            <source>The path {path} is too long for this computer: expected each folder or file name in it to be at most {most} characters, found one of {found}.</source>
            <translation>Der Pfad {path} ist zu lang für diesen Computer: Erwartet wird, dass jeder Ordner- oder Dateiname darin höchstens {most} Zeichen hat, gefunden wurde einer mit {found}.</translation>
        </message>
        <message>
            <source>The path {path} is too long for this computer ({length} characters): expected a shorter one, found the error 'File name too long'.</source>
            <translation>Der Pfad {path} ist zu lang für diesen Computer ({length} Zeichen): Erwartet wird ein kürzerer, gefunden wurde der Fehler 'File name too long'.</translation>
        </message>
        <message>
            <source>Could not use {path}: expected a file or folder that can be opened, found the error '{error}'.</source>
            <translation>Zugriff auf {path} nicht möglich: Erwartet wird eine Datei oder ein Ordner, der sich öffnen lässt, gefunden wurde der Fehler '{error}'.</translation>
        </message>
    </context>
    <context>
        <name>PreprocessData</name>
        <message>
            <source>The preprocessing must be one of {methods}: found {method!r}.</source>
            <extracomment>The function for each name in ``catalog.PREPROCESSING``.</extracomment>
            <translation>Die Vorverarbeitung muss einer von {methods} sein: gefunden wurde {method!r}.</translation>
        </message>
        <message>
            <source>The labels run from {lowest} to {highest}: expected class numbers 0 to {last} for {classes} classes.</source>
            <translation>Die Labels reichen von {lowest} bis {highest}: Erwartet werden Klassennummern von 0 bis {last} für {classes} Klassen.</translation>
        </message>
        <message>
            <source>A single output unit can only answer yes or no: expected 2 classes, found {classes}; give the last layer {classes} units instead.</source>
            <translation>Ein einzelnes Ausgabeneuron kann nur Ja oder Nein antworten: Erwartet wurden 2 Klassen, gefunden wurden {classes}; gib der letzten Schicht stattdessen {classes} Neuronen.</translation>
        </message>
    </context>
    <context>
        <name>ProblemList</name>
        <message>
            <source>Problems</source>
            <extracomment>Advice's dot: blue, neither the red of a problem nor the orange of a warning. A problem in a settings section ("compile", "data", "train") was activated.</extracomment>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>What stops the network from training, and advice; activate one to go where it is.</source>
            <translation>Was das Netz am Training hindert, und Hinweise; aktiviere einen Eintrag, um dorthin zu springen.</translation>
        </message>
        <message>
            <source>Advice: {message} {try_this}</source>
            <translation>Hinweis: {message} {try_this}</translation>
        </message>
        <message>
            <source>{message}

Why: {why}

Try: {try_this}</source>
            <translation>{message}

Warum: {why}

Was hilft: {try_this}</translation>
        </message>
        <message numerus="yes">
            <source>No problems: the network can train. %n piece(s) of advice below.</source>
            <translation>
                <numerusform>Keine Probleme: Das Netz kann trainiert werden. Unten steht %n Hinweis.</numerusform>
                <numerusform>Keine Probleme: Das Netz kann trainiert werden. Unten stehen %n Hinweise.</numerusform>
            </translation>
        </message>
        <message>
            <source>No problems: the network is ready to train.</source>
            <translation>Keine Probleme: Das Netz ist bereit zum Training.</translation>
        </message>
        <message>
            <source>{problems} and {warnings}. Click one to see where it is.</source>
            <translation>{problems} und {warnings}. Klick auf einen Eintrag, um zu sehen, wo er ist.</translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before training</source>
            <translation>
                <numerusform>%n Problem, das du vor dem Training beheben musst</numerusform>
                <numerusform>%n Probleme, die du vor dem Training beheben musst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n Warnung</numerusform>
                <numerusform>%n Warnungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n problem(s) to fix before training. Click one to see where it is.</source>
            <translation>
                <numerusform>%n Problem, das du vor dem Training beheben musst. Klick darauf, um zu sehen, wo es ist.</numerusform>
                <numerusform>%n Probleme, die du vor dem Training beheben musst. Klick auf eines, um zu sehen, wo es ist.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n warning(s). Click one to see where it is.</source>
            <translation>
                <numerusform>%n Warnung. Klick darauf, um zu sehen, wo sie ist.</numerusform>
                <numerusform>%n Warnungen. Klick auf eine, um zu sehen, wo sie ist.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProjectFile</name>
        <message>
            <source>the project file</source>
            <extracomment>MIGRATIONS[n] turns a file's dict at schema version n into one at version n + 1.</extracomment>
            <translation>Die Projektdatei</translation>
        </message>
        <message>
            <source>{source}: {problem}</source>
            <translation>{source}: {problem}</translation>
        </message>
        <message>
            <source>Project files of schema version {version} can no longer be read by this nnstudio: expected version {oldest} or later, found {version}.</source>
            <translation>Projektdateien mit Schemaversion {version} kann diese nnstudio-Version nicht mehr lesen: Erwartet wird Version {oldest} oder neuer, gefunden wurde {version}.</translation>
        </message>
    </context>
    <context>
        <name>RestoreNetwork</name>
        <message>
            <source>{file} could not be read as a trained Keras network ({error}).</source>
            <extracomment>The test results recorded when it was trained.</extracomment>
            <translation>{file} konnte nicht als trainiertes Keras-Netz gelesen werden ({error}).</translation>
        </message>
        <message>
            <source>{file} takes inputs of shape {shape}, but the project's data has shape {data_shape}: it was trained on other data.</source>
            <translation>{file} nimmt Eingaben der Form {shape}, aber die Daten des Projekts haben die Form {data_shape}: Es wurde mit anderen Daten trainiert.</translation>
        </message>
    </context>
    <context>
        <name>Results</name>
        <message>
            <source>Train the network to see how it does on the test data.</source>
            <extracomment>The gallery shows at most this many examples; the title says how many more there are. Each digit in the gallery is drawn this many screen pixels per pixel. Table rows show at most this many numbers of their inputs.</extracomment>
            <translation>Trainiere das Netz, um zu sehen, wie gut es bei den Testdaten abschneidet.</translation>
        </message>
        <message>
            <source>Test accuracy</source>
            <extracomment>A test example was double-clicked (or chosen with Enter) in the gallery: its index in the test set. The test-set indices the gallery shows, in order.</extracomment>
            <translation>Testgenauigkeit</translation>
        </message>
        <message>
            <source>Confusion matrix</source>
            <translation>Konfusionsmatrix</translation>
        </message>
        <message>
            <source>Train the network to see how it does on the test data</source>
            <translation>Trainiere das Netz, um zu sehen, wie gut es bei den Testdaten abschneidet</translation>
        </message>
        <message>
            <source>Rows are the true classes, columns what the network answered.</source>
            <translation>Die Zeilen sind die wahren Klassen, die Spalten das, was das Netz geantwortet hat.</translation>
        </message>
        <message>
            <source>Most confident first</source>
            <extracomment>Which examples the gallery lists: every mistake (None) or a cell (true, predicted).</extracomment>
            <translation>Sicherste zuerst</translation>
        </message>
        <message>
            <source>Least confident first</source>
            <translation>Unsicherste zuerst</translation>
        </message>
        <message>
            <source>The examples in the order of how sure the network was of its answer: the most confident first (a confident mistake is the strangest), or the least confident first (where it hesitated).</source>
            <translation>Die Beispiele, sortiert danach, wie sicher sich das Netz bei seiner Antwort war: die sichersten zuerst (ein selbstsicherer Fehler ist am seltsamsten) oder die unsichersten zuerst (wo es gezögert hat).</translation>
        </message>
        <message>
            <source>Order of the examples</source>
            <translation>Reihenfolge der Beispiele</translation>
        </message>
        <message>
            <source>Show all mistakes</source>
            <translation>Alle Fehler zeigen</translation>
        </message>
        <message>
            <source>Show the wrongly answered test examples again.</source>
            <translation>Die falsch beantworteten Testbeispiele wieder anzeigen.</translation>
        </message>
        <message>
            <source>Show the next examples in the list below.</source>
            <extracomment>The gallery shows at most GALLERY_LIMIT examples at a time; this shows the next ones.</extracomment>
            <translation>Die nächsten Beispiele in der Liste unten anzeigen.</translation>
        </message>
        <message>
            <source>Show more examples</source>
            <translation>Mehr Beispiele zeigen</translation>
        </message>
        <message>
            <source>Test examples</source>
            <translation>Testbeispiele</translation>
        </message>
        <message>
            <source>The test examples of the chosen cell; activate one to follow it inside the network</source>
            <translation>Die Testbeispiele der gewählten Zelle; aktiviere eines, um es im Netz zu verfolgen</translation>
        </message>
        <message>
            <source>Columns: what the network answered (predicted) →</source>
            <translation>Spalten: was das Netz geantwortet hat (Vorhersage) →</translation>
        </message>
        <message>
            <source>Test accuracy {accuracy:.2%} — {right:,} of {total:,} test digits right</source>
            <translation>Testgenauigkeit {accuracy:.2%} – {right:,} von {total:,} Testziffern richtig</translation>
        </message>
        <message>
            <source>Test accuracy {accuracy:.2%} — {right:,} of {total:,} test pictures right</source>
            <translation>Testgenauigkeit {accuracy:.2%} – {right:,} von {total:,} Testbildern richtig</translation>
        </message>
        <message>
            <source>Test accuracy {accuracy:.2%} — {right:,} of {total:,} test rows right</source>
            <translation>Testgenauigkeit {accuracy:.2%} – {right:,} von {total:,} Testzeilen richtig</translation>
        </message>
        <message>
            <source>Test loss {loss:.4g} (lower is better). Keras measured it on the same test data.</source>
            <translation>Testverlust {loss:.4g} (niedriger ist besser). Keras hat ihn mit denselben Testdaten gemessen.</translation>
        </message>
        <message>
            <source>Each row is a true digit; each column is what the network answered. The diagonal is right. Click a cell to see those test examples.</source>
            <translation>Jede Zeile ist eine wahre Ziffer, jede Spalte das, was das Netz geantwortet hat. Die Diagonale ist richtig. Klick auf eine Zelle, um diese Testbeispiele zu sehen.</translation>
        </message>
        <message>
            <source>Each row is a true class; each column is what the network answered. The diagonal is right. Click a cell to see those test examples.</source>
            <translation>Jede Zeile ist eine wahre Klasse, jede Spalte das, was das Netz geantwortet hat. Die Diagonale ist richtig. Klick auf eine Zelle, um diese Testbeispiele zu sehen.</translation>
        </message>
        <message>
            <source>It got every one of the {total:,} test digits right.</source>
            <translation>Es hat alle {total:,} Testziffern richtig erkannt.</translation>
        </message>
        <message>
            <source>It got every one of the {total:,} test pictures right.</source>
            <translation>Es hat alle {total:,} Testbilder richtig erkannt.</translation>
        </message>
        <message>
            <source>It got every one of the {total:,} test rows right.</source>
            <translation>Es hat alle {total:,} Testzeilen richtig beantwortet.</translation>
        </message>
        <message>
            <source>The one test digit it got wrong</source>
            <translation>Die eine Testziffer, bei der es falschlag</translation>
        </message>
        <message>
            <source>The one test picture it got wrong</source>
            <translation>Das eine Testbild, bei dem es falschlag</translation>
        </message>
        <message>
            <source>The one test row it got wrong</source>
            <translation>Die eine Testzeile, bei der es falschlag</translation>
        </message>
        <message>
            <source>The {count:,} test digits it got wrong, the most confident mistakes first</source>
            <translation>Die {count:,} Testziffern, bei denen es falschlag, die selbstsichersten Fehler zuerst</translation>
        </message>
        <message>
            <source>The {count:,} test pictures it got wrong, the most confident mistakes first</source>
            <translation>Die {count:,} Testbilder, bei denen es falschlag, die selbstsichersten Fehler zuerst</translation>
        </message>
        <message>
            <source>The {count:,} test rows it got wrong, the most confident mistakes first</source>
            <translation>Die {count:,} Testzeilen, bei denen es falschlag, die selbstsichersten Fehler zuerst</translation>
        </message>
        <message>
            <source>The {count:,} test digits it got wrong, the least confident mistakes first</source>
            <translation>Die {count:,} Testziffern, bei denen es falschlag, die unsichersten Fehler zuerst</translation>
        </message>
        <message>
            <source>The {count:,} test pictures it got wrong, the least confident mistakes first</source>
            <translation>Die {count:,} Testbilder, bei denen es falschlag, die unsichersten Fehler zuerst</translation>
        </message>
        <message>
            <source>The {count:,} test rows it got wrong, the least confident mistakes first</source>
            <translation>Die {count:,} Testzeilen, bei denen es falschlag, die unsichersten Fehler zuerst</translation>
        </message>
        <message>
            <source>True {true}, answered {answered} (right): no examples</source>
            <translation>Tatsächlich {true}, Antwort {answered} (richtig): keine Beispiele</translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered} (right): {count:,} example(s)</source>
            <translation>
                <numerusform>Tatsächlich {true}, Antwort {answered} (richtig): {count:,} Beispiel</numerusform>
                <numerusform>Tatsächlich {true}, Antwort {answered} (richtig): {count:,} Beispiele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered} (right): {count:,} example(s), the most confident first</source>
            <translation>
                <numerusform>Tatsächlich {true}, Antwort {answered} (richtig): {count:,} Beispiel, die sichersten zuerst</numerusform>
                <numerusform>Tatsächlich {true}, Antwort {answered} (richtig): {count:,} Beispiele, die sichersten zuerst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered} (right): {count:,} example(s), the least confident first</source>
            <translation>
                <numerusform>Tatsächlich {true}, Antwort {answered} (richtig): {count:,} Beispiel, die unsichersten zuerst</numerusform>
                <numerusform>Tatsächlich {true}, Antwort {answered} (richtig): {count:,} Beispiele, die unsichersten zuerst</numerusform>
            </translation>
        </message>
        <message>
            <source>True {true}, answered {answered}: no examples</source>
            <translation>Tatsächlich {true}, Antwort {answered}: keine Beispiele</translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered}: {count:,} example(s)</source>
            <translation>
                <numerusform>Tatsächlich {true}, Antwort {answered}: {count:,} Beispiel</numerusform>
                <numerusform>Tatsächlich {true}, Antwort {answered}: {count:,} Beispiele</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered}: {count:,} example(s), the most confident first</source>
            <translation>
                <numerusform>Tatsächlich {true}, Antwort {answered}: {count:,} Beispiel, die sichersten zuerst</numerusform>
                <numerusform>Tatsächlich {true}, Antwort {answered}: {count:,} Beispiele, die sichersten zuerst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>True {true}, answered {answered}: {count:,} example(s), the least confident first</source>
            <translation>
                <numerusform>Tatsächlich {true}, Antwort {answered}: {count:,} Beispiel, die unsichersten zuerst</numerusform>
                <numerusform>Tatsächlich {true}, Antwort {answered}: {count:,} Beispiele, die unsichersten zuerst</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} (the first {shown:,} shown; {more:,} more not shown)</source>
            <translation>{title} (die ersten {shown:,} werden gezeigt; {more:,} weitere nicht)</translation>
        </message>
        <message>
            <source>Show {count:,} more</source>
            <translation>{count:,} weitere zeigen</translation>
        </message>
        <message>
            <source>Test example {index:,}: the network answered {answer} ({sure} sure); the right answer is {true}.</source>
            <translation>Testbeispiel {index:,}: Das Netz hat {answer} geantwortet (zu {sure} sicher); die richtige Antwort ist {true}.</translation>
        </message>
        <message>
            <source>x = {inputs} → answered {answer} ({sure}), true {true}</source>
            <translation>x = {inputs} → Antwort {answer} ({sure}), tatsächlich {true}</translation>
        </message>
        <message>
            <source>answered {answer} ({sure})
true {true}</source>
            <translation>Antwort {answer} ({sure})
tatsächlich {true}</translation>
        </message>
        <message numerus="yes">
            <source>{values}, … %n number(s)</source>
            <translation>
                <numerusform>{values}, … %n Zahl</numerusform>
                <numerusform>{values}, … %n Zahlen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SettingsPanels</name>
        <message>
            <source>Loss</source>
            <translation>Verlust</translation>
        </message>
        <message>
            <source>The loss measures how wrong the network's answers are; training changes the weights to make it smaller.</source>
            <translation>Der Verlust misst, wie falsch die Antworten des Netzes sind; das Training ändert die Gewichte so, dass er kleiner wird.</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>Optimierer</translation>
        </message>
        <message>
            <source>The optimizer decides how the weights change after each batch to lower the loss.</source>
            <translation>Der Optimierer entscheidet, wie sich die Gewichte nach jedem Batch ändern, damit der Verlust sinkt.</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>Datensatz</translation>
        </message>
        <message>
            <source>The examples the network learns from, and tests on.</source>
            <translation>Die Beispiele, aus denen das Netz lernt und an denen es getestet wird.</translation>
        </message>
        <message>
            <source>Preprocessing</source>
            <translation>Vorverarbeitung</translation>
        </message>
        <message>
            <source>How the numbers are rescaled before training; networks learn best from small numbers.</source>
            <translation>Wie die Zahlen vor dem Training umskaliert werden; Netze lernen am besten mit kleinen Zahlen.</translation>
        </message>
        <message>
            <source>Extra scores reported while training and testing; they do not change how the network learns.</source>
            <translation>Zusätzliche Werte, die beim Training und Testen angezeigt werden; sie ändern nichts daran, wie das Netz lernt.</translation>
        </message>
        <message>
            <source>Optional: an MNIST .npz file, or a folder holding the four MNIST IDX files. Empty uses the copy that comes with nnstudio.</source>
            <translation>Optional: eine MNIST-.npz-Datei oder ein Ordner mit den vier MNIST-IDX-Dateien. Leer bedeutet: die Kopie, die mit nnstudio mitkommt.</translation>
        </message>
        <message>
            <source>A CSV file: a header row naming the columns, then one example per row.</source>
            <translation>Eine CSV-Datei: eine Kopfzeile mit den Spaltennamen, danach ein Beispiel pro Zeile.</translation>
        </message>
        <message>
            <source>empty: nnstudio's own copy</source>
            <translation>leer: die mitgelieferte Kopie von nnstudio</translation>
        </message>
        <message>
            <source>choose a .csv file</source>
            <translation>wähle eine .csv-Datei</translation>
        </message>
        <message>
            <source>The column that holds each row's answer (its class); all the other columns are the features the network reads.</source>
            <translation>Die Spalte mit der Antwort jeder Zeile (ihrer Klasse); alle anderen Spalten sind die Merkmale, die das Netz liest.</translation>
        </message>
        <message>
            <source>Locked in this step: {reason}</source>
            <extracomment>The field of each setting, by the name validation problems use. Problems of this section that belong to no field shown here.</extracomment>
            <translation>In diesem Schritt gesperrt: {reason}</translation>
        </message>
        <message>
            <source>Metrics</source>
            <extracomment>The fields of the current optimizer's settings, by name.</extracomment>
            <translation>Metriken</translation>
        </message>
        <message>
            <source>{metric} (not known)</source>
            <translation>{metric} (unbekannt)</translation>
        </message>
        <message>
            <source>Settings of {optimizer}:</source>
            <translation>Einstellungen von {optimizer}:</translation>
        </message>
        <message>
            <source>Where the data comes from</source>
            <translation>Woher die Daten kommen</translation>
        </message>
        <message>
            <source>File</source>
            <extracomment>The columns of the chosen CSV file, and why the chosen file cannot be used.</extracomment>
            <translation>Datei</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Durchsuchen …</translation>
        </message>
        <message>
            <source>Choose the file on this computer.</source>
            <translation>Wähle die Datei auf diesem Computer aus.</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>Ordner …</translation>
        </message>
        <message>
            <source>Choose a folder holding the four MNIST IDX files.</source>
            <translation>Wähle einen Ordner mit den vier MNIST-IDX-Dateien aus.</translation>
        </message>
        <message>
            <source>Choose an MNIST file</source>
            <translation>MNIST-Datei auswählen</translation>
        </message>
        <message>
            <source>MNIST files (*.npz *-ubyte *.gz);;All files (*)</source>
            <translation>MNIST-Dateien (*.npz *-ubyte *.gz);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Choose a CSV file</source>
            <translation>CSV-Datei auswählen</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Choose a folder of MNIST IDX files</source>
            <translation>Ordner mit MNIST-IDX-Dateien auswählen</translation>
        </message>
        <message>
            <source>Label column</source>
            <translation>Label-Spalte</translation>
        </message>
        <message>
            <source>Choose the label column…</source>
            <translation>Label-Spalte auswählen …</translation>
        </message>
        <message>
            <source>Choose a readable CSV file first</source>
            <translation>Wähle zuerst eine lesbare CSV-Datei aus</translation>
        </message>
        <message>
            <source>{column} (not in the file)</source>
            <translation>{column} (nicht in der Datei)</translation>
        </message>
        <message>
            <source>File (optional)</source>
            <translation>Datei (optional)</translation>
        </message>
        <message>
            <source>The data could not be read: {error}</source>
            <translation>Die Daten konnten nicht gelesen werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>Shapes</name>
        <message>
            <source>its kernel of {window}x{window} is bigger than the {height}x{width} picture it receives. Expected a kernel of at most {most}, or padding 'same'.</source>
            <extracomment>These sentences follow a layer's title and a colon, so they start in lower case: "Layer 3 (Conv2D): its kernel of 5x5 ...".</extracomment>
            <translation>ihr Kernel von {window}x{window} ist größer als das Bild von {height}x{width}, das sie bekommt. Erwartet wird ein Kernel von höchstens {most} oder Padding 'same'.</translation>
        </message>
        <message>
            <source>its pool size of {window}x{window} is bigger than the {height}x{width} picture it receives. Expected a pool size of at most {most}, or padding 'same'.</source>
            <translation>ihre Pool-Größe von {window}x{window} ist größer als das Bild von {height}x{width}, das sie bekommt. Erwartet wird eine Pool-Größe von höchstens {most} oder Padding 'same'.</translation>
        </message>
        <message>
            <source>Put a Reshape layer to {shape} before it.</source>
            <translation>Setze davor eine Reshape-Schicht auf {shape}.</translation>
        </message>
        <message>
            <source>Put a Reshape layer before it that joins the last two axes.</source>
            <translation>Setze davor eine Reshape-Schicht, die die letzten beiden Achsen zusammenfasst.</translation>
        </message>
        <message numerus="yes">
            <source>it needs {words}, that is %n number(s) per shape. Received: {shape}.</source>
            <extracomment>(settings, input shape) -&gt; output shape; raises ShapeError when the input does not fit. (settings, input shape) -&gt; (all weights and biases, those that training changes). Keyed by ``LayerKind.shape_rule`` in the catalog. Keyed by ``LayerKind.count_rule`` in the catalog.</extracomment>
            <translation>
                <numerusform>sie braucht {words}, also eine Form aus %n Zahl. Erhalten: {shape}.</numerusform>
                <numerusform>sie braucht {words}, also eine Form aus %n Zahlen. Erhalten: {shape}.</numerusform>
            </translation>
        </message>
        <message>
            <source>nnstudio does not know how to connect a {kind} layer.</source>
            <translation>nnstudio weiß nicht, wie eine {kind}-Schicht angeschlossen wird.</translation>
        </message>
        <message numerus="yes">
            <source>its target shape {target} cannot hold the %n number(s) it receives from {shape}.</source>
            <translation>
                <numerusform>ihre Zielform {target} kann die %n Zahl nicht aufnehmen, die sie von {shape} bekommt.</numerusform>
                <numerusform>ihre Zielform {target} kann die %n Zahlen nicht aufnehmen, die sie von {shape} bekommt.</numerusform>
            </translation>
        </message>
        <message>
            <source>its target shape {target} holds {numbers}, but it receives {size} ({shape}). Expected shapes whose sizes multiply to {size}.</source>
            <translation>ihre Zielform {target} fasst {numbers}, aber sie bekommt {size} ({shape}). Erwartet werden Formen, deren Größen miteinander multipliziert {size} ergeben.</translation>
        </message>
        <message numerus="yes">
            <source>%n number(s)</source>
            <translation>
                <numerusform>%n Zahl</numerusform>
                <numerusform>%n Zahlen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShippedFiles</name>
        <message>
            <source>The file {name} that comes with nnstudio is missing: expected it in one of {places}, found it in none (reinstalling nnstudio brings it back).</source>
            <translation>Die Datei {name}, die mit nnstudio mitkommt, fehlt: Erwartet wird sie an einem dieser Orte: {places}; gefunden wurde sie an keinem (eine Neuinstallation von nnstudio bringt sie zurück).</translation>
        </message>
    </context>
    <context>
        <name>ShowMe</name>
        <message>
            <source>expected "insert" to be a layer with a known "kind". Received: {value}.</source>
            <translation>Erwartet wird, dass "insert" eine Schicht mit bekanntem "kind" ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>the layer to insert is wrong: {problem}.</source>
            <translation>Die einzufügende Schicht ist fehlerhaft: {problem}.</translation>
        </message>
        <message>
            <source>expected "at" to be a layer number from 1. Received: {value}.</source>
            <translation>Erwartet wird, dass "at" eine Schichtnummer ab 1 ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected "remove" to be a layer number from 1. Received: {value}.</source>
            <translation>Erwartet wird, dass "remove" eine Schichtnummer ab 1 ist. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected "do" to be one of: {actions}. Received: {value}.</source>
            <translation>Erwartet wird, dass "do" eines davon ist: {actions}. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected an action with "insert" (and "at"), "remove", "set" and "to", or "do". Received: {value}.</source>
            <translation>Erwartet wird eine Aktion mit "insert" (und "at"), "remove", "set" und "to" oder "do". Erhalten: {value}.</translation>
        </message>
        <message>
            <source>expected "set" to name a setting: layers.N.setting, compile.loss, compile.optimizer, optimizer.setting, data.setting or train.setting. Received: {value}.</source>
            <translation>Erwartet wird, dass "set" eine Einstellung nennt: layers.N.setting, compile.loss, compile.optimizer, optimizer.setting, data.setting oder train.setting. Erhalten: {value}.</translation>
        </message>
        <message>
            <source>Insert a {kind} layer as layer {number}.</source>
            <translation>Füge eine {kind}-Schicht als Schicht {number} ein.</translation>
        </message>
        <message>
            <source>Insert a {kind} layer at the end.</source>
            <translation>Füge am Ende eine {kind}-Schicht ein.</translation>
        </message>
        <message>
            <source>Remove layer {number}.</source>
            <translation>Entferne Schicht {number}.</translation>
        </message>
        <message>
            <source>Set {setting} to {value}.</source>
            <translation>Stell {setting} auf {value}.</translation>
        </message>
    </context>
    <context>
        <name>Spec</name>
        <message>
            <source>training run {number}</source>
            <extracomment>Empty means "name it automatically" (dense, dense_1, ...). A file or folder chosen by the user: an MNIST .npz or IDX folder, or a CSV file. For CSV files: the name of the column that holds the label. For CSV files: leave out rows with a missing value instead of refusing the file. When it ended, as an ISO 8601 date and time. "completed", "stopped", "nan" or "error". Loss and metrics on the test data. Per-epoch loss and metrics, as Keras's ``History.history``. The trained model saved beside the project (a .keras file name), if it was. The settings it trained with (``nnstudio.core.compare.settings_of``): layers, compile, data and training. None for a run kept by an nnstudio that did not record them. Its replay saved beside the project (a .replay.npz file name), if it was. Phrases like this one name a part of a project file; they are put into sentences such as "Expected {what} to be text. Received: {received}."</extracomment>
            <translation>Trainingsdurchlauf {number}</translation>
        </message>
        <message>
            <source>training run {number}'s time</source>
            <translation>Zeit von Trainingsdurchlauf {number}</translation>
        </message>
        <message>
            <source>training run {number}'s reason</source>
            <translation>Grund von Trainingsdurchlauf {number}</translation>
        </message>
        <message>
            <source>training run {number}'s message</source>
            <translation>Meldung von Trainingsdurchlauf {number}</translation>
        </message>
        <message>
            <source>training run {number}'s model file</source>
            <translation>Modelldatei von Trainingsdurchlauf {number}</translation>
        </message>
        <message>
            <source>training run {number}'s replay file</source>
            <translation>Wiedergabedatei von Trainingsdurchlauf {number}</translation>
        </message>
        <message>
            <source>training run {number}: expected 'epochs_done' to be a whole number. Received: {received}.</source>
            <translation>Trainingsdurchlauf {number}: Bei 'epochs_done' wurde eine ganze Zahl erwartet. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>training run {number}: expected 'train_seconds' to be a number. Received: {received}.</source>
            <translation>Trainingsdurchlauf {number}: Bei 'train_seconds' wurde eine Zahl erwartet. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>training run {number}'s settings</source>
            <translation>Einstellungen von Trainingsdurchlauf {number}</translation>
        </message>
        <message>
            <source>training run {number}'s test results</source>
            <translation>Testergebnisse von Trainingsdurchlauf {number}</translation>
        </message>
        <message>
            <source>training run {number}'s test {key}</source>
            <translation>Testwert {key} von Trainingsdurchlauf {number}</translation>
        </message>
        <message>
            <source>training run {number}'s history</source>
            <translation>Verlauf von Trainingsdurchlauf {number}</translation>
        </message>
        <message>
            <source>training run {number}: expected the history of {key} to be a list of numbers. Received: {received}.</source>
            <translation>Trainingsdurchlauf {number}: Beim Verlauf von {key} wurde eine Liste von Zahlen erwartet. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>training run {number}'s {key}</source>
            <translation>{key} von Trainingsdurchlauf {number}</translation>
        </message>
        <message>
            <source>the lesson progress</source>
            <extracomment>A project keeps the history of this many of its latest runs. The lesson's id (``nnstudio.lessons``), and its title for anyone reading the file. The step the student is on (counted from 0) and whether they reached the end. Per step: hints shown, runs finished (attempts), and whether its goal held when the student went on. Per prediction id: {"answer", "step", "before", "outcome"}. What the student did during the current step ("train", "results"...), and during the whole lesson (what a grade looks at). When the lesson began (ISO 8601) and the seconds spent on it with the window open. A teacher's lesson, as its file held it, so the project opens it without the file; None for a built-in one.</extracomment>
            <translation>Lektionsfortschritt</translation>
        </message>
        <message>
            <source>the lesson progress has an unknown entry. Expected some of: {names}. Received: {received}.</source>
            <translation>Der Lektionsfortschritt hat einen unbekannten Eintrag. Erwartet wurden Einträge aus: {names}. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>the lesson progress's lesson</source>
            <translation>Lektion im Lektionsfortschritt</translation>
        </message>
        <message>
            <source>the lesson progress's title</source>
            <translation>Titel im Lektionsfortschritt</translation>
        </message>
        <message>
            <source>the lesson progress's start</source>
            <translation>Start im Lektionsfortschritt</translation>
        </message>
        <message>
            <source>the lesson progress's step</source>
            <translation>Schritt im Lektionsfortschritt</translation>
        </message>
        <message>
            <source>the lesson progress's time</source>
            <translation>Zeit im Lektionsfortschritt</translation>
        </message>
        <message>
            <source>the lesson progress's hints</source>
            <translation>Tipps im Lektionsfortschritt</translation>
        </message>
        <message>
            <source>the lesson progress's attempts</source>
            <translation>Versuche im Lektionsfortschritt</translation>
        </message>
        <message>
            <source>Expected {what} to be a list. Received: {received}.</source>
            <translation>Bei „{what}“ wurde eine Liste erwartet. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>Expected the lesson progress's done steps to be a list of true/false. Received: {received}.</source>
            <translation>Bei den erledigten Schritten im Lektionsfortschritt wurde eine Liste aus true/false erwartet. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>the lesson progress's predictions</source>
            <translation>Vorhersagen im Lektionsfortschritt</translation>
        </message>
        <message>
            <source>the lesson progress's prediction {key}</source>
            <translation>Vorhersage {key} im Lektionsfortschritt</translation>
        </message>
        <message>
            <source>Expected the lesson progress's actions to be a list of names. Received: {received}.</source>
            <translation>Bei den Aktionen im Lektionsfortschritt wurde eine Liste von Namen erwartet. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>the project</source>
            <extracomment>The template this project started from, if any. Its latest training runs, oldest first (at most :data:`MAX_RUNS`). The lesson it belongs to and the student's progress in it, if any.</extracomment>
            <translation>Projekt</translation>
        </message>
        <message>
            <source>the project's name</source>
            <translation>Name des Projekts</translation>
        </message>
        <message>
            <source>the project's description</source>
            <translation>Beschreibung des Projekts</translation>
        </message>
        <message>
            <source>the project's template</source>
            <translation>Vorlage des Projekts</translation>
        </message>
        <message>
            <source>Expected 'layers' to be a list of layers. Received: {received}.</source>
            <translation>Bei 'layers' wurde eine Liste von Schichten erwartet. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>Expected 'runs' to be a list of training runs. Received: {received}.</source>
            <translation>Bei 'runs' wurde eine Liste von Trainingsdurchläufen erwartet. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>Expected {what} to be a number. Received: {received}.</source>
            <translation>Bei „{what}“ wurde eine Zahl erwartet. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>Expected {what} to be a number no larger than about 1.8e308. Received: a whole number of {digits} digits.</source>
            <translation>Bei „{what}“ wurde eine Zahl bis höchstens etwa 1.8e308 erwartet. Erhalten: eine ganze Zahl mit {digits} Stellen.</translation>
        </message>
        <message>
            <source>Expected {what} to be a whole number from 0. Received: {received}.</source>
            <translation>Bei „{what}“ wurde eine ganze Zahl ab 0 erwartet. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>ein Objekt</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>eine Liste</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>true/false</source>
            <translation>true/false</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>nothing (null)</source>
            <translation>nichts (null)</translation>
        </message>
        <message>
            <source>Expected {what} to be an object. Received: {received}.</source>
            <translation>Bei „{what}“ wurde ein Objekt erwartet. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>Expected {what} to be text. Received: {received}.</source>
            <extracomment>{what}: a part of the file ("the project's name"); {received}: what the file holds, such as "a number (3)".</extracomment>
            <translation>Bei „{what}“ wurde Text erwartet. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>layer {number}</source>
            <translation>Schicht {number}</translation>
        </message>
        <message>
            <source>Layer {number} has an unknown kind. Expected one of: {known}. Received: {received}.</source>
            <translation>Schicht {number} hat eine unbekannte Art. Erwartet wurde eine von: {known}. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>the settings of layer {number} ({kind})</source>
            <translation>Einstellungen von Schicht {number} ({kind})</translation>
        </message>
        <message>
            <source>Layer {number} ({kind}) has an unknown setting. Expected one of its settings: {settings}. Received: {received}.</source>
            <translation>Schicht {number} ({kind}) hat eine unbekannte Einstellung. Erwartet wurde eine ihrer Einstellungen: {settings}. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no settings</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>the name of layer {number}</source>
            <translation>Name von Schicht {number}</translation>
        </message>
        <message>
            <source>the compile settings</source>
            <translation>Kompilier-Einstellungen</translation>
        </message>
        <message>
            <source>the loss</source>
            <translation>Verlust</translation>
        </message>
        <message>
            <source>the optimizer</source>
            <translation>Optimierer</translation>
        </message>
        <message>
            <source>the optimizer's settings</source>
            <translation>Einstellungen des Optimierers</translation>
        </message>
        <message>
            <source>The optimizer {optimizer} has an unknown setting. Expected one of its settings: {settings}. Received: {received}.</source>
            <translation>Der Optimierer {optimizer} hat eine unbekannte Einstellung. Erwartet wurde eine seiner Einstellungen: {settings}. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>Expected the metrics to be a list of names. Received: {received}.</source>
            <translation>Bei den Metriken wurde eine Liste von Namen erwartet. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>the {section} settings</source>
            <extracomment>{section} is the key of the settings in the file: data or train (not translated).</extracomment>
            <translation>{section}-Einstellungen</translation>
        </message>
        <message>
            <source>The {section} settings have an unknown entry. Expected some of: {names}. Received: {received}.</source>
            <translation>Die {section}-Einstellungen haben einen unbekannten Eintrag. Erwartet wurden Einträge aus: {names}. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>Expected the {section} setting {key} to be text. Received: {received}.</source>
            <translation>Bei der {section}-Einstellung {key} wurde Text erwartet. Erhalten: {received}.</translation>
        </message>
    </context>
    <context>
        <name>StackModel</name>
        <message numerus="yes">
            <source>{count} param(s)</source>
            <extracomment>A layer kind dragged from the palette; the payload is the kind's name in UTF-8. A row dragged within (or between) stacks; the payload is JSON (see ``mimeData``). The layer's Keras name: its own, or the automatic one (dense, dense_1, ...). Its key settings in words ("128 units, ReLU"). Its output shape as Keras prints it ("(None, 128)"), or "" while unknown. Its number of weights and biases (int), or None while unknown. "error", "warning" or "" for the worst problem that points at this layer. The messages of the problems that point at this layer, without the "Layer 3 (...)" part.</extracomment>
            <translation>
                <numerusform>{count} Param.</numerusform>
                <numerusform>{count} Param.</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;b&gt;Error:&lt;/b&gt; {message}</source>
            <extracomment>Tells this model's own row drags from those of another window.</extracomment>
            <translation>&lt;b&gt;Fehler:&lt;/b&gt; {message}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Warning:&lt;/b&gt; {message}</source>
            <translation>&lt;b&gt;Warnung:&lt;/b&gt; {message}</translation>
        </message>
        <message>
            <source>Layer {number}: {kind} {name}</source>
            <translation>Schicht {number}: {kind} {name}</translation>
        </message>
        <message>
            <source>output {shape}</source>
            <translation>Ausgabe {shape}</translation>
        </message>
        <message>
            <source>{count} parameters</source>
            <translation>{count} Parameter</translation>
        </message>
    </context>
    <context>
        <name>StudentSession</name>
        <message>
            <source>never reached 100%</source>
            <translation>nie 100% erreicht</translation>
        </message>
        <message>
            <source>not measured</source>
            <translation>nicht gemessen</translation>
        </message>
        <message>
            <source>{percent:.1f}%</source>
            <translation>{percent:.1f}%</translation>
        </message>
        <message>
            <source>epoch {number:.0f}</source>
            <translation>Epoche {number:.0f}</translation>
        </message>
        <message>
            <source>{seconds:.1f} s</source>
            <translation>{seconds:.1f} s</translation>
        </message>
        <message>
            <source>This step asks no question.</source>
            <extracomment>True or False when the lesson says which choice was right; None otherwise.</extracomment>
            <translation>Dieser Schritt stellt keine Frage.</translation>
        </message>
        <message>
            <source>Expected one of: {choices}.</source>
            <translation>Erwartet wird einer dieser Werte: {choices}.</translation>
        </message>
        <message>
            <source>Expected a number, found {answer}.</source>
            <translation>Erwartet wird eine Zahl, eingegeben wurde {answer}.</translation>
        </message>
        <message>
            <source>Expected a number from {low:g} to {high:g}, found {number:g}.</source>
            <translation>Erwartet wird eine Zahl von {low:g} bis {high:g}, eingegeben wurde {number:g}.</translation>
        </message>
        <message>
            <source>Expected a usable number, found {number:g}.</source>
            <translation>Erwartet wird eine brauchbare Zahl, eingegeben wurde {number:g}.</translation>
        </message>
        <message>
            <source>no run finished after it</source>
            <translation>danach wurde kein Durchlauf beendet</translation>
        </message>
        <message>
            <source>{outcome}: {value}</source>
            <translation>{outcome}: {value}</translation>
        </message>
        <message>
            <source>{happened} (the run it is compared with: {before})</source>
            <translation>{happened} (der Durchlauf, mit dem verglichen wird: {before})</translation>
        </message>
        <message>
            <source>{happened} (the run before: {before})</source>
            <translation>{happened} (der Durchlauf davor: {before})</translation>
        </message>
        <message>
            <source>Steps done: {done} of {steps}.</source>
            <translation>Erledigte Schritte: {done} von {steps}.</translation>
        </message>
        <message>
            <source>Hints used: {hints}.</source>
            <translation>Benutzte Tipps: {hints}.</translation>
        </message>
        <message>
            <source>Training runs: {runs}.</source>
            <translation>Trainingsdurchläufe: {runs}.</translation>
        </message>
        <message>
            <source>Time: {time}.</source>
            <translation>Zeit: {time}.</translation>
        </message>
        <message>
            <source>You predicted “{answer}” for “{question}”: {happened}.</source>
            <translation>Deine Vorhersage zu „{question}“ war „{answer}“: {happened}.</translation>
        </message>
        <message>
            <source>You predicted “{answer}” for “{question}”: {happened}. Right!</source>
            <translation>Deine Vorhersage zu „{question}“ war „{answer}“: {happened}. Richtig!</translation>
        </message>
        <message>
            <source>You predicted “{answer}” for “{question}”: {happened}. Not this time.</source>
            <translation>Deine Vorhersage zu „{question}“ war „{answer}“: {happened}. Diesmal nicht.</translation>
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
            <translation>&lt;1%</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent}%</translation>
        </message>
    </context>
    <context>
        <name>Summaries</name>
        <message>
            <source>steady</source>
            <extracomment>The validation loss must have risen this many epochs in a row to speak of memorising. How a curve went in the last epoch.</extracomment>
            <translation>gleichbleibend</translation>
        </message>
        <message>
            <source>rising</source>
            <translation>steigend</translation>
        </message>
        <message>
            <source>falling</source>
            <translation>fallend</translation>
        </message>
        <message>
            <source>No epoch has finished yet.</source>
            <translation>Noch ist keine Epoche fertig.</translation>
        </message>
        <message>
            <source>validation {metric}</source>
            <translation>{metric} (Validierung)</translation>
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
            <translation>Nach Epoche {done} von {epochs}: {values}.</translation>
        </message>
        <message>
            <source>After epoch {done}: {values}.</source>
            <translation>Nach Epoche {done}: {values}.</translation>
        </message>
        <message numerus="yes">
            <source>The validation loss has risen for %n epoch(s) while the training loss fell: the network may be memorising the training data.</source>
            <translation>
                <numerusform>Der Validierungsverlust ist %n Epoche lang gestiegen, während der Trainingsverlust gefallen ist: Das Netz lernt die Trainingsdaten vielleicht auswendig.</numerusform>
                <numerusform>Der Validierungsverlust ist %n Epochen lang gestiegen, während der Trainingsverlust gefallen ist: Das Netz lernt die Trainingsdaten vielleicht auswendig.</numerusform>
            </translation>
        </message>
        <message>
            <source>No test examples.</source>
            <translation>Keine Testbeispiele.</translation>
        </message>
        <message>
            <source>{right:,} of {total:,} test examples right ({share:.1%}).</source>
            <translation>{right:,} von {total:,} Testbeispielen richtig ({share:.1%}).</translation>
        </message>
        <message numerus="yes">
            <source>{true} taken for {predicted} (%n time(s))</source>
            <translation>
                <numerusform>{true} für {predicted} gehalten (%n-mal)</numerusform>
                <numerusform>{true} für {predicted} gehalten (%n-mal)</numerusform>
            </translation>
        </message>
        <message>
            <source>Most often mixed up: {mixups}.</source>
            <translation>Am häufigsten verwechselt: {mixups}.</translation>
        </message>
        <message>
            <source>{layer}: no weights.</source>
            <translation>{layer}: keine Gewichte.</translation>
        </message>
        <message>
            <source>{layer}: {count:,} weights ({shape}) from {low:.3g} to {high:.3g}, spread {spread:.3g}.</source>
            <translation>{layer}: {count:,} Gewichte ({shape}) von {low:.3g} bis {high:.3g}, Streuung {spread:.3g}.</translation>
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
            <translation>nnstudio kann sein Fenster nicht öffnen: Qt braucht diese Systembibliotheken, um auf diesem Bildschirm zu zeichnen, und sie sind nicht installiert: {libraries}.
Unter Debian oder Ubuntu installierst du sie so:
    sudo apt install {packages}
(Die Kommandozeile funktioniert auch ohne sie: nnstudio --help.)</translation>
        </message>
    </context>
    <context>
        <name>Templates</name>
        <message>
            <source>MNIST, 128 hidden neurons</source>
            <extracomment>The name of a project made from this template; it also suggests its file name.</extracomment>
            <translation>MNIST, 128 verborgene Neuronen</translation>
        </message>
        <message>
            <source>The three-layer network: each 28x28 digit is flattened to 784 inputs, one hidden layer of 128 ReLU neurons, and 10 softmax outputs, one per digit.</source>
            <translation>Das dreischichtige Netz: Jede 28x28-Ziffer wird zu 784 Eingaben abgeflacht, dann kommen eine verborgene Schicht mit 128 ReLU-Neuronen und 10 Softmax-Ausgaben, eine pro Ziffer.</translation>
        </message>
        <message>
            <source>MNIST, 512 hidden neurons</source>
            <translation>MNIST, 512 verborgene Neuronen</translation>
        </message>
        <message>
            <source>Pixels scaled to 0..1 and laid out as 784 numbers, one hidden layer of 512 ReLU neurons, 10 softmax outputs, one-hot labels and categorical cross-entropy; 5 epochs.</source>
            <translation>Pixel auf 0..1 skaliert und als 784 Zahlen ausgelegt, eine verborgene Schicht mit 512 ReLU-Neuronen, 10 Softmax-Ausgaben, One-hot-Labels und kategoriale Kreuzentropie; 5 Epochen.</translation>
        </message>
        <message>
            <source>MNIST, two tanh layers, SGD</source>
            <translation>MNIST, zwei Tanh-Schichten, SGD</translation>
        </message>
        <message>
            <source>784 mean-centred inputs, two hidden layers of 50 tanh neurons with Glorot initialisation, 10 softmax outputs, trained by SGD with momentum 0.9 and a tiny learning-rate decay, batches of 64, 10% of the training data held back for validation.</source>
            <translation>784 mittelwertzentrierte Eingaben, zwei verborgene Schichten mit je 50 Tanh-Neuronen und Glorot-Initialisierung, 10 Softmax-Ausgaben, trainiert mit SGD mit Momentum 0.9 und einer winzigen Abnahme der Lernrate, Batches von 64, 10% der Trainingsdaten zur Validierung zurückgehalten.</translation>
        </message>
        <message>
            <source>The loyal-customers example: two yes/no inputs (old or young, middle or high income), and the answer is 1 when exactly one of them is 1. 16 ReLU neurons and one sigmoid output learn what no straight line can.</source>
            <translation>Das Stammkunden-Beispiel: zwei Ja/Nein-Eingaben (alt oder jung, mittleres oder hohes Einkommen), und die Antwort ist 1, wenn genau eine davon 1 ist. 16 ReLU-Neuronen und eine Sigmoid-Ausgabe lernen, was keine gerade Linie kann.</translation>
        </message>
        <message>
            <source>Eight inputs, two hidden layers of six ReLU neurons and four softmax outputs: the picture of a small network from the lesson on layers, trained on generated data with 8 features and 4 classes.</source>
            <translation>Acht Eingaben, zwei verborgene Schichten mit je sechs ReLU-Neuronen und vier Softmax-Ausgaben: das Bild eines kleinen Netzes aus der Lektion über Schichten, trainiert mit generierten Daten mit 8 Merkmalen und 4 Klassen.</translation>
        </message>
        <message>
            <source>MNIST digits: Flatten 28x28, Dense 128 ReLU, Dense 10 softmax (101,770 weights).</source>
            <translation>MNIST-Ziffern: Flatten 28x28, Dense 128 ReLU, Dense 10 softmax (101 770 Gewichte).</translation>
        </message>
        <message>
            <source>MNIST digits: 784 inputs, Dense 512 ReLU, Dense 10 softmax, Adam, 5 epochs.</source>
            <translation>MNIST-Ziffern: 784 Eingaben, Dense 512 ReLU, Dense 10 softmax, Adam, 5 Epochen.</translation>
        </message>
        <message>
            <source>MNIST digits: 784 centred inputs, two Dense 50 tanh layers, SGD with momentum.</source>
            <translation>MNIST-Ziffern: 784 zentrierte Eingaben, zwei Schichten Dense 50 tanh, SGD mit Momentum.</translation>
        </message>
        <message>
            <source>The XOR truth table: 2 inputs, Dense 16 ReLU, 1 sigmoid output.</source>
            <translation>Die XOR-Wahrheitstabelle: 2 Eingaben, Dense 16 ReLU, 1 Sigmoid-Ausgabe.</translation>
        </message>
        <message>
            <source>8 generated features, two Dense 6 ReLU layers, 4 softmax outputs.</source>
            <translation>8 generierte Merkmale, zwei Schichten Dense 6 ReLU, 4 Softmax-Ausgaben.</translation>
        </message>
        <message>
            <source>There is no template called {name}. Expected one of: {names}.</source>
            <translation>Es gibt keine Vorlage namens {name}. Erwartet wird eine von: {names}.</translation>
        </message>
    </context>
    <context>
        <name>TextSize</name>
        <message>
            <source>&amp;Normal</source>
            <extracomment>Their names in View → Text size (translated where shown: :func:`text_size_label`).</extracomment>
            <translation>&amp;Normal</translation>
        </message>
        <message>
            <source>&amp;Large</source>
            <translation>&amp;Groß</translation>
        </message>
        <message>
            <source>L&amp;argest</source>
            <translation>&amp;Sehr groß</translation>
        </message>
    </context>
    <context>
        <name>TrainBoundary</name>
        <message>
            <source>The network's answer</source>
            <extracomment>One colour per class (colour-blind friendly: Okabe-Ito's blue, orange, green, purple...).</extracomment>
            <translation>Die Antwort des Netzes</translation>
        </message>
        <message>
            <source>input 1</source>
            <translation>Eingabe 1</translation>
        </message>
        <message>
            <source>input 2</source>
            <translation>Eingabe 2</translation>
        </message>
        <message>
            <source>For data with two inputs, such as XOR: the colour shows the class the network would answer at each point; the line is where its answer changes.</source>
            <extracomment>A replayed moment's answers, shown instead of the latest (None: live).</extracomment>
            <translation>Für Daten mit zwei Eingaben, wie XOR: Die Farbe zeigt, welche Klasse das Netz an jedem Punkt antworten würde; die Linie liegt dort, wo sich seine Antwort ändert.</translation>
        </message>
        <message numerus="yes">
            <source>After {steps:,} training step(s) (epoch {epoch}): {right} of {total} training points on the right side.</source>
            <translation>
                <numerusform>Nach {steps:,} Trainingsschritt (Epoche {epoch}): {right} von {total} Trainingspunkten auf der richtigen Seite.</numerusform>
                <numerusform>Nach {steps:,} Trainingsschritten (Epoche {epoch}): {right} von {total} Trainingspunkten auf der richtigen Seite.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainController</name>
        <message numerus="yes">
            <source>{problem} (and %n more in Problems)</source>
            <extracomment>Slow motion for tiny datasets: XOR's 500 epochs take about a second to watch. The data is loaded ahead in the training process this long after its settings last changed (milliseconds), so that typing a number loads the data once, not once a keystroke. The tabs :attr:`TrainingController.show_tab` names. A run is about to start (before anything else is said about it). The Train button: whether it can be pressed (while running it is Stop; False while stopping), why not (empty when it can), whether a run goes on, and whether it is paused. Train was pressed: the old run's weights, results and network are gone; TensorFlow and the data load before the run starts. The run's project (the copy it trains) and its :class:`RunStarted`. The run's :class:`Update`, :class:`WeightSnapshot` and :class:`BoundarySnapshot`. The run's :class:`RunFinished`, and whether it is kept: False when another project was opened meanwhile (its results belonged to the old one). A trained network with its results, to show (after a run, or loaded with a project). Another project: the last run's network, results and curves belonged to the old one. Whether there is a trained network to save. Whether the data is known to be small enough for slow motion (before a run). Whether "Same start as the last run" can be chosen (a run has started this session). Bring a tab to the front: :data:`NETWORK_TAB` or :data:`TRAINING_TAB`. A line for the status bar, and how long to show it (milliseconds; 0: until replaced). Something went wrong that the student must read: a title and one sentence. The training process (TensorFlow lives there, never in the window's process). Slow motion for tiny data (the student's choice, kept between runs). Whether the next run starts from the last run's starting weights (for the layers that did not change), and whether the training process has a last run's start. The copy of the project the current (or last) run trains. Where the last run's trained network was saved, if it was. The data settings (and folder) last sent to the training process to load ahead.</extracomment>
            <translation>
                <numerusform>{problem} (und %n weiteres unter „Probleme“)</numerusform>
                <numerusform>{problem} (und %n weitere unter „Probleme“)</numerusform>
            </translation>
        </message>
        <message>
            <source>Paused after the current batch: press Resume to go on.</source>
            <translation>Nach dem aktuellen Batch pausiert: Drück auf „Fortsetzen“, um weiterzumachen.</translation>
        </message>
        <message>
            <source>Training again…</source>
            <translation>Training läuft wieder …</translation>
        </message>
        <message>
            <source>Stopping after this batch…</source>
            <translation>Wird nach diesem Batch gestoppt …</translation>
        </message>
        <message>
            <source>Getting ready: loading TensorFlow and the data…</source>
            <translation>Vorbereitung: TensorFlow und die Daten werden geladen …</translation>
        </message>
        <message>
            <source>The previous project's run ended: {message}</source>
            <translation>Der Durchlauf des vorherigen Projekts ist beendet: {message}</translation>
        </message>
        <message>
            <source>Training stopped</source>
            <translation>Training gestoppt</translation>
        </message>
        <message>
            <source>Stopping the training…</source>
            <translation>Training wird gestoppt …</translation>
        </message>
        <message>
            <source>Loading the trained network {name}…</source>
            <translation>Das trainierte Netz {name} wird geladen …</translation>
        </message>
        <message>
            <source>The trained network saved with this project ({name}).</source>
            <translation>Das trainierte Netz, das mit diesem Projekt gespeichert wurde ({name}).</translation>
        </message>
        <message>
            <source>Loaded the trained network {name}: see Results and Draw a digit.</source>
            <translation>Das trainierte Netz {name} wurde geladen: Sieh dir „Ergebnisse“ und „Ziffer zeichnen“ an.</translation>
        </message>
        <message>
            <source>The saved network was not loaded: {message}</source>
            <translation>Das gespeicherte Netz wurde nicht geladen: {message}</translation>
        </message>
        <message>
            <source>Cannot save the trained network</source>
            <translation>Das trainierte Netz kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Saved the trained network to {name}</source>
            <translation>Das trainierte Netz wurde als {name} gespeichert</translation>
        </message>
        <message>
            <source>Training on {examples:,} examples: {source}</source>
            <translation>Training mit {examples:,} Beispielen: {source}</translation>
        </message>
        <message>
            <source>Training on {examples:,} examples: {source}. No layer could start as in the last run (every one changed shape, or the training process was restarted), so this run starts new</source>
            <translation>Training mit {examples:,} Beispielen: {source}. Keine Schicht konnte wie im letzten Durchlauf starten (jede hat ihre Form geändert, oder der Trainingsprozess wurde neu gestartet), deshalb startet dieser Durchlauf neu</translation>
        </message>
        <message>
            <source>Training on {examples:,} examples: {source}. Same start as the last run for {layers}; any other layer starts new</source>
            <translation>Training mit {examples:,} Beispielen: {source}. Gleicher Start wie beim letzten Durchlauf für {layers}; alle anderen Schichten starten neu</translation>
        </message>
    </context>
    <context>
        <name>TrainCurves</name>
        <message>
            <source>epoch</source>
            <extracomment>Redraw at most this often (milliseconds). Epoch curves get a dot per epoch up to this many epochs. Points per piece (one more, shared with the next piece). Hidden pieces made at a time.</extracomment>
            <translation>Epoche</translation>
        </message>
        <message>
            <source>Loss (lower is better)</source>
            <extracomment>Where a replayed moment is on the run (hidden when live).</extracomment>
            <translation>Verlust (niedriger ist besser)</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <source>{metric} (higher is better)</source>
            <translation>{metric} (höher ist besser)</translation>
        </message>
        <message>
            <source>training, per epoch</source>
            <translation>Training, pro Epoche</translation>
        </message>
        <message>
            <source>validation, per epoch</source>
            <translation>Validierung, pro Epoche</translation>
        </message>
        <message>
            <source>training, per batch (running mean since the epoch began)</source>
            <translation>Training, pro Batch (laufender Mittelwert seit Beginn der Epoche)</translation>
        </message>
    </context>
    <context>
        <name>TrainReplay</name>
        <message>
            <source>Replay the training</source>
            <extracomment>The moment to show (an index into :attr:`moments`), or -1 for live.</extracomment>
            <translation>Training noch einmal abspielen</translation>
        </message>
        <message>
            <source>Drag back to see the weights, the answers and the confusion matrix as they were at that moment of training</source>
            <translation>Zurückziehen, um die Gewichte, die Antworten und die Konfusionsmatrix so zu sehen, wie sie in diesem Moment des Trainings waren</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Follow training as it goes (the latest moment)</source>
            <translation>Dem Training folgen, während es läuft (der neueste Moment)</translation>
        </message>
        <message>
            <source>Replay:</source>
            <translation>Wiedergabe:</translation>
        </message>
        <message>
            <source>{when} (moment {number} of {count})</source>
            <translation>{when} (Moment {number} von {count})</translation>
        </message>
        <message>
            <source>Confusion matrix at this moment</source>
            <translation>Konfusionsmatrix in diesem Moment</translation>
        </message>
        <message>
            <source>The test examples' answers at the replayed moment</source>
            <translation>Die Antworten auf die Testbeispiele im wiedergegebenen Moment</translation>
        </message>
        <message>
            <source>Rows: the true class. Columns: the network's answer.</source>
            <translation>Zeilen: die wahre Klasse. Spalten: die Antwort des Netzes.</translation>
        </message>
        <message>
            <source>The first {count:,} test examples: {right:,} right ({share:.1%})</source>
            <translation>Die ersten {count:,} Testbeispiele: {right:,} richtig ({share:.1%})</translation>
        </message>
        <message>
            <source>The {count} test examples: {right} right</source>
            <translation>Die {count} Testbeispiele: {right} richtig</translation>
        </message>
    </context>
    <context>
        <name>TrainRun</name>
        <message>
            <source>Something unexpected went wrong ({error}): {details}</source>
            <translation>Etwas Unerwartetes ist schiefgegangen ({error}): {details}</translation>
        </message>
    </context>
    <context>
        <name>TrainRuns</name>
        <message>
            <source>Show</source>
            <extracomment>One colour per run, told apart also by people who do not see red and green apart (Okabe and Ito's palette).</extracomment>
            <translation>Zeigen</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Durchlauf</translation>
        </message>
        <message>
            <source>What changed from the run before</source>
            <translation>Was sich seit dem vorigen Durchlauf geändert hat</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Epochen</translation>
        </message>
        <message>
            <source>Test accuracy</source>
            <translation>Testgenauigkeit</translation>
        </message>
        <message>
            <source>Test loss</source>
            <translation>Testverlust</translation>
        </message>
        <message>
            <source>Training time</source>
            <translation>Trainingszeit</translation>
        </message>
        <message>
            <source>No runs yet. Each time you train, the run is kept here with its settings, so you can change one thing, train again and compare the two.</source>
            <translation>Noch keine Durchläufe. Jedes Mal, wenn du trainierst, wird der Durchlauf hier mit seinen Einstellungen gespeichert. So kannst du eine Sache ändern, noch einmal trainieren und die beiden vergleichen.</translation>
        </message>
        <message>
            <source>Put this run's network and settings back into the builder (Edit → Undo takes them back)</source>
            <translation>Netz und Einstellungen dieses Durchlaufs zurück in den Baubereich holen (Bearbeiten → Rückgängig nimmt das wieder zurück)</translation>
        </message>
        <message>
            <source>Runs kept with the project</source>
            <extracomment>A sentence for the status bar. The runs whose curves are drawn (the records themselves, so deleting one or adding another keeps the choice).</extracomment>
            <translation>Im Projekt gespeicherte Durchläufe</translation>
        </message>
        <message>
            <source>One row per run, newest first: what changed, epochs, test accuracy and loss, training time. Tick Show to draw its curves.</source>
            <translation>Eine Zeile pro Durchlauf, der neueste zuerst: was sich geändert hat, Epochen, Testgenauigkeit und -verlust, Trainingszeit. Setz ein Häkchen bei Zeigen, um die Kurven zu zeichnen.</translation>
        </message>
        <message>
            <source>Restore its settings</source>
            <translation>Einstellungen wiederherstellen</translation>
        </message>
        <message>
            <source>Delete run</source>
            <translation>Durchlauf löschen</translation>
        </message>
        <message>
            <source>Remove this run from the project (Edit → Undo brings it back)</source>
            <translation>Diesen Durchlauf aus dem Projekt entfernen (Bearbeiten → Rückgängig holt ihn zurück)</translation>
        </message>
        <message>
            <source>Change one thing, train again, and compare: each run is labelled by what changed from the run before it. Tick the runs to draw.</source>
            <translation>Ändere eine Sache, trainiere noch einmal und vergleiche: Jeder Durchlauf ist danach benannt, was sich seit dem vorigen geändert hat. Setz Häkchen bei den Durchläufen, die gezeichnet werden sollen.</translation>
        </message>
        <message>
            <source>Loss (lower is better)</source>
            <translation>Verlust (niedriger ist besser)</translation>
        </message>
        <message>
            <source>Accuracy (higher is better)</source>
            <translation>Genauigkeit (höher ist besser)</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>Epoche</translation>
        </message>
        <message>
            <source>Show run {number}</source>
            <extracomment>The runs changed while the tab was hidden: it is filled when next shown (a run's end is a busy moment for the window; drawing a hidden tab's plots would add to it).</extracomment>
            <translation>Durchlauf {number} zeigen</translation>
        </message>
        <message>
            <source>Finished {when}: {message}</source>
            <translation>Beendet am {when}: {message}</translation>
        </message>
        <message>
            <source>Finished at an unknown time: {message}</source>
            <translation>Beendet zu einem unbekannten Zeitpunkt: {message}</translation>
        </message>
        <message>
            <source>{seconds:.1f} s</source>
            <translation>{seconds:.1f} s</translation>
        </message>
        <message>
            <source>This run was kept without its settings (an older nnstudio).</source>
            <translation>Dieser Durchlauf wurde ohne seine Einstellungen gespeichert (von einem älteren nnstudio).</translation>
        </message>
        <message>
            <source>Restore the settings of run {number}</source>
            <translation>Die Einstellungen von Durchlauf {number} wiederherstellen</translation>
        </message>
        <message>
            <source>Run {number}'s settings could not be restored: {reason}</source>
            <translation>Die Einstellungen von Durchlauf {number} konnten nicht wiederhergestellt werden: {reason}</translation>
        </message>
        <message>
            <source>The settings of run {number} are back in the builder. Edit → Undo takes them back.</source>
            <translation>Die Einstellungen von Durchlauf {number} sind wieder im Baubereich. Bearbeiten → Rückgängig nimmt das wieder zurück.</translation>
        </message>
        <message>
            <source>Run {number} deleted. Edit → Undo brings it back.</source>
            <translation>Durchlauf {number} gelöscht. Bearbeiten → Rückgängig holt ihn zurück.</translation>
        </message>
        <message>
            <source>Run {number}</source>
            <translation>Durchlauf {number}</translation>
        </message>
        <message>
            <source>solid: training, dashed: validation</source>
            <translation>durchgezogen: Training, gestrichelt: Validierung</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>Metrik</translation>
        </message>
    </context>
    <context>
        <name>TrainTab</name>
        <message>
            <source>Press Train to watch the network learn: the curves, its weights and its answers update live.</source>
            <extracomment>Update the text at most this often (seconds); epoch ends always show.</extracomment>
            <translation>Drück auf „Trainieren“ und sieh dem Netz beim Lernen zu: Die Kurven, seine Gewichte und seine Antworten werden live aktualisiert.</translation>
        </message>
        <message>
            <source>Slow motion for tiny data</source>
            <extracomment>The run's progress in words and as a fraction, a few times a second (the status bar and its progress bar show it too).</extracomment>
            <translation>Zeitlupe für winzige Daten</translation>
        </message>
        <message>
            <source>XOR trains in a fraction of a second; slow motion spreads its epochs out (about 500 a second) so you can watch the network learn. Bigger data is never slowed.</source>
            <translation>XOR trainiert in einem Bruchteil einer Sekunde; die Zeitlupe verteilt die Epochen (etwa 500 pro Sekunde), damit du dem Netz beim Lernen zusehen kannst. Größere Daten werden nie verlangsamt.</translation>
        </message>
        <message>
            <source>earlier</source>
            <comment>when the last run finished, if not known</comment>
            <extracomment>Said when the validation loss rises while the training loss falls (memorising). The run's per-epoch numbers so far, as Keras's History keeps them.</extracomment>
            <translation>früher</translation>
        </message>
        <message numerus="yes">
            <source>The last run saved with this project ({when}): %n epoch(s). {tested}</source>
            <translation>
                <numerusform>Der letzte Durchlauf, der mit diesem Projekt gespeichert wurde ({when}): %n Epoche. {tested}</numerusform>
                <numerusform>Der letzte Durchlauf, der mit diesem Projekt gespeichert wurde ({when}): %n Epochen. {tested}</numerusform>
            </translation>
        </message>
        <message>
            <source>Getting ready: loading TensorFlow and the data…</source>
            <translation>Vorbereitung: TensorFlow und die Daten werden geladen …</translation>
        </message>
        <message numerus="yes">
            <source>The validation loss has risen for %n epoch(s) while the training loss fell: the network may be memorising the training data. Fewer epochs, a Dropout layer or fewer neurons can help.</source>
            <translation>
                <numerusform>Der Validierungsverlust ist %n Epoche lang gestiegen, während der Trainingsverlust gesunken ist: Das Netz lernt die Trainingsdaten vielleicht auswendig. Weniger Epochen, eine Dropout-Schicht oder weniger Neuronen können helfen.</numerusform>
                <numerusform>Der Validierungsverlust ist %n Epochen lang gestiegen, während der Trainingsverlust gesunken ist: Das Netz lernt die Trainingsdaten vielleicht auswendig. Weniger Epochen, eine Dropout-Schicht oder weniger Neuronen können helfen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Epoch {epoch} of {epochs}, batch {batch:,} of {batches:,}: {numbers}</source>
            <translation>Epoche {epoch} von {epochs}, Batch {batch:,} von {batches:,}: {numbers}</translation>
        </message>
        <message numerus="yes">
            <source>Training on {examples:,} examples, {validation:,} held back for validation, in batches of {batch}: {steps:,} step(s) per epoch (tiny data: many epochs per step of the display).</source>
            <translation>
                <numerusform>Training mit {examples:,} Beispielen, {validation:,} für die Validierung zurückgehalten, in Batches zu {batch}: {steps:,} Schritt pro Epoche (winzige Daten: viele Epochen pro Schritt der Anzeige).</numerusform>
                <numerusform>Training mit {examples:,} Beispielen, {validation:,} für die Validierung zurückgehalten, in Batches zu {batch}: {steps:,} Schritte pro Epoche (winzige Daten: viele Epochen pro Schritt der Anzeige).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Training on {examples:,} examples, {validation:,} held back for validation, in batches of {batch}: {steps:,} step(s) per epoch.</source>
            <translation>
                <numerusform>Training mit {examples:,} Beispielen, {validation:,} für die Validierung zurückgehalten, in Batches zu {batch}: {steps:,} Schritt pro Epoche.</numerusform>
                <numerusform>Training mit {examples:,} Beispielen, {validation:,} für die Validierung zurückgehalten, in Batches zu {batch}: {steps:,} Schritte pro Epoche.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Training on {examples:,} examples, in batches of {batch}: {steps:,} step(s) per epoch (tiny data: many epochs per step of the display).</source>
            <translation>
                <numerusform>Training mit {examples:,} Beispielen in Batches zu {batch}: {steps:,} Schritt pro Epoche (winzige Daten: viele Epochen pro Schritt der Anzeige).</numerusform>
                <numerusform>Training mit {examples:,} Beispielen in Batches zu {batch}: {steps:,} Schritte pro Epoche (winzige Daten: viele Epochen pro Schritt der Anzeige).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Training on {examples:,} examples, in batches of {batch}: {steps:,} step(s) per epoch.</source>
            <translation>
                <numerusform>Training mit {examples:,} Beispielen in Batches zu {batch}: {steps:,} Schritt pro Epoche.</numerusform>
                <numerusform>Training mit {examples:,} Beispielen in Batches zu {batch}: {steps:,} Schritte pro Epoche.</numerusform>
            </translation>
        </message>
        <message>
            <source>less than a second left</source>
            <translation>noch weniger als eine Sekunde</translation>
        </message>
        <message>
            <source>about {seconds:.0f} s left</source>
            <translation>noch etwa {seconds:.0f} s</translation>
        </message>
        <message>
            <source>about {minutes:.0f} min left</source>
            <translation>noch etwa {minutes:.0f} min</translation>
        </message>
    </context>
    <context>
        <name>TrainWeights</name>
        <message>
            <source>Train the network to watch its weights change.</source>
            <translation>Trainiere das Netz, um zu sehen, wie sich seine Gewichte ändern.</translation>
        </message>
        <message>
            <source>Whose weights to show</source>
            <extracomment>Pixels between two tiles. The colour scale covers this percentile of the weights' sizes. The layer's index in the stack and the neuron's index in the layer.</extracomment>
            <translation>Wessen Gewichte angezeigt werden</translation>
        </message>
        <message>
            <source>Weights of</source>
            <translation>Gewichte von</translation>
        </message>
        <message>
            <source>Matrix</source>
            <translation>Matrix</translation>
        </message>
        <message>
            <source>One row per input, one column per neuron</source>
            <translation>Eine Zeile pro Eingabe, eine Spalte pro Neuron</translation>
        </message>
        <message>
            <source>Picture per neuron</source>
            <translation>Bild pro Neuron</translation>
        </message>
        <message>
            <source>Each neuron's weights from the 28x28 pixels, folded back into a 28x28 picture</source>
            <translation>Die Gewichte jedes Neurons zu den 28x28 Pixeln, wieder zu einem 28x28-Bild zusammengesetzt</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Click a neuron's picture (or its column) to see its arithmetic in the Inside tab, once training has finished.</source>
            <translation>Klick auf das Bild eines Neurons (oder seine Spalte), um nach dem Training seine Rechnung im Tab „Innenansicht“ zu sehen.</translation>
        </message>
        <message>
            <source>Red: this input pushes the neuron's output up; blue: pushes it down; white: the neuron ignores it.</source>
            <translation>Rot: Diese Eingabe treibt die Ausgabe des Neurons nach oben; Blau: treibt sie nach unten; Weiß: Das Neuron ignoriert sie.</translation>
        </message>
        <message>
            <source>Waiting for the first weights…</source>
            <extracomment>A replayed moment's weights, shown instead of the latest ones (None: live).</extracomment>
            <translation>Warten auf die ersten Gewichte …</translation>
        </message>
        <message>
            <source>Layer {number}</source>
            <translation>Schicht {number}</translation>
        </message>
        <message>
            <source>input (1 to {count})</source>
            <translation>Eingabe (1 bis {count})</translation>
        </message>
        <message>
            <source>neuron (1 to {count})</source>
            <translation>Neuron (1 bis {count})</translation>
        </message>
        <message numerus="yes">
            <source>{title}: each of its {units} neurons as a picture of its {inputs} incoming weights, after {steps:,} step(s). Red pushes the neuron up, blue down.</source>
            <translation>
                <numerusform>{title}: jedes der {units} Neuronen als Bild seiner {inputs} eingehenden Gewichte, nach {steps:,} Schritt. Rot treibt das Neuron nach oben, Blau nach unten.</numerusform>
                <numerusform>{title}: jedes der {units} Neuronen als Bild seiner {inputs} eingehenden Gewichte, nach {steps:,} Schritten. Rot treibt das Neuron nach oben, Blau nach unten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}: {inputs} inputs x {units} neurons, after {steps:,} step(s). Red pushes the neuron up, blue down.</source>
            <translation>
                <numerusform>{title}: {inputs} Eingaben x {units} Neuronen, nach {steps:,} Schritt. Rot treibt das Neuron nach oben, Blau nach unten.</numerusform>
                <numerusform>{title}: {inputs} Eingaben x {units} Neuronen, nach {steps:,} Schritten. Rot treibt das Neuron nach oben, Blau nach unten.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrainingConsole</name>
        <message>
            <source>Training on {train} examples, {validation} to validate, testing on {test}; {epochs} of {batches} of {batch_size}.</source>
            <translation>Training mit {train} Beispielen, {validation} zur Validierung, Test mit {test}; {epochs} mit je {batches} zu {batch_size} Beispielen.</translation>
        </message>
        <message>
            <source>Training on {train} examples, testing on {test}; {epochs} of {batches} of {batch_size}.</source>
            <translation>Training mit {train} Beispielen, Test mit {test}; {epochs} mit je {batches} zu {batch_size} Beispielen.</translation>
        </message>
        <message numerus="yes">
            <source>%n epoch(s)</source>
            <translation>
                <numerusform>%n Epoche</numerusform>
                <numerusform>%n Epochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n batch(es)</source>
            <translation>
                <numerusform>%n Batch</numerusform>
                <numerusform>%n Batches</numerusform>
            </translation>
        </message>
        <message>
            <source>Data: {source}</source>
            <translation>Daten: {source}</translation>
        </message>
        <message>
            <source>ETA {time}</source>
            <comment>estimated time left</comment>
            <translation>noch {time}</translation>
        </message>
        <message>
            <source>Test: {results}</source>
            <translation>Test: {results}</translation>
        </message>
        <message>
            <source>Epoch {epoch}/{epochs}</source>
            <translation>Epoche {epoch}/{epochs}</translation>
        </message>
    </context>
    <context>
        <name>TrainingEngine</name>
        <message>
            <source>A validation share of {split:g} of {examples} training examples leaves nothing to train on.</source>
            <extracomment>Deliver batch points at most this often (seconds); epoch ends are never held back long. Send a weight snapshot at most this often (seconds), plus one at the end of the run. Index into ``project.layers`` of the layer whose weights to send; None sends every layer with weights; -1 sends none. For data with two features: send what the network answers over the input plane at most this often (seconds); None sends none. Grid points along each side of that plane. Slow the tiny-data loop to at most this many epochs a second, so that a student can watch XOR being learned; None trains at full speed. The tiny-data loop runs this long (seconds) between looks at the stop flag, the pace and the decision boundary. None chooses by the size of the data; True/False forces the tiny-data loop on or off. Training steps per compiled call of ``fit`` (Keras's ``steps_per_execution``): each call costs Keras a fixed overhead, so several steps per call train faster, with the same arithmetic. None chooses by the work of one step (see :func:`steps_per_call`). Compile the training step with XLA; None chooses by the length of the run and the kinds of layer (:func:`~nnstudio.core.compute.use_xla`). Evaluate on the test data at the end. Start from the last run's starting weights for every layer that did not change (see :mod:`nnstudio.training.start`); needs the last run's ``StartPoint`` (``previous_start``). Record moments of the run for replaying it (see :mod:`nnstudio.training.replay`). The time left is guessed once training has gone on this long (seconds) after its first steps, so that the guess rests on the speed of training itself. When the last compiled call of ``fit`` ended (0: none yet). The training time and the steps done when the first steps were reported. Stopped inside an epoch: its last epoch was cut short (Keras still ends it). Set: training waits after the current batch until it is cleared (or stopped). Where the data is loaded from when no ``dataset`` is given: the training process's cache keeps it for the next run of the same data. Where the compiled network of the last run is kept for the next run of the same network (the training process keeps one; see :mod:`nnstudio.training.reuse`). The last run's starting point, for ``options.same_start``; this run's own, once the network is built. Whether to keep this run's starting point (the training process does, for the next run that asks to start the same; a run on its own need not copy its weights). The epochs (from 1) ``fit`` validates; see :meth:`_fit_keras`. Time spent recording the replay (seconds).</extracomment>
            <translation>Ein Validierungsanteil von {split:g} bei {examples} Trainingsbeispielen lässt nichts zum Trainieren übrig.</translation>
        </message>
        <message>
            <source>A validation share of {split:g} of {examples} training examples leaves nothing to validate on.</source>
            <translation>Ein Validierungsanteil von {split:g} bei {examples} Trainingsbeispielen lässt nichts für die Validierung übrig.</translation>
        </message>
        <message numerus="yes">
            <source>Finished %n epoch(s).</source>
            <extracomment>Arrays are handed to TensorFlow this many bytes at a time (see :func:`tensor_in_pieces`). The tiny-data loop trains data of at most this many batches an epoch and this many bytes.</extracomment>
            <translation>
                <numerusform>%n Epoche abgeschlossen.</numerusform>
                <numerusform>%n Epochen abgeschlossen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped during epoch {epoch} of {epochs}, after %n epoch(s) in full.</source>
            <translation>
                <numerusform>Während Epoche {epoch} von {epochs} gestoppt, nach %n vollständigen Epoche.</numerusform>
                <numerusform>Während Epoche {epoch} von {epochs} gestoppt, nach %n vollständigen Epochen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped after %n epoch(s) of {epochs}.</source>
            <translation>
                <numerusform>Nach %n von {epochs} Epochen gestoppt.</numerusform>
                <numerusform>Nach %n von {epochs} Epochen gestoppt.</numerusform>
            </translation>
        </message>
        <message>
            <source>The loss became NaN at epoch {epoch}, batch {batch} — the learning rate {learning_rate:g} is probably too high; try one ten times smaller.</source>
            <translation>Der Verlust wurde in Epoche {epoch}, Batch {batch} zu NaN – die Lernrate {learning_rate:g} ist wahrscheinlich zu hoch; probier eine zehnmal kleinere.</translation>
        </message>
        <message>
            <source>The loss became NaN at epoch {epoch}, batch {batch} — try a smaller learning rate, or scale the inputs (preprocessing).</source>
            <translation>Der Verlust wurde in Epoche {epoch}, Batch {batch} zu NaN – probier eine kleinere Lernrate oder skaliere die Eingaben (Vorverarbeitung).</translation>
        </message>
        <message>
            <source>Training ran out of memory. Try a smaller batch size, fewer units, or fewer training examples.</source>
            <translation>Beim Training ist der Speicher ausgegangen. Probier eine kleinere Batchgröße, weniger Neuronen oder weniger Trainingsbeispiele.</translation>
        </message>
        <message>
            <source>Training stopped because of an unexpected error ({kind}): {error}</source>
            <translation>Das Training wurde wegen eines unerwarteten Fehlers gestoppt ({kind}): {error}</translation>
        </message>
    </context>
    <context>
        <name>TrainingProbe</name>
        <message>
            <source>The network trained no step, so there is nothing to time.</source>
            <extracomment>Seconds of steady training to time. Per delivery: how many epochs it ended.</extracomment>
            <translation>Das Netz hat keinen einzigen Schritt trainiert, deshalb gibt es nichts zu messen.</translation>
        </message>
    </context>
    <context>
        <name>TrainingProcess</name>
        <message>
            <source>That trained network is no longer loaded: the training process was restarted.</source>
            <extracomment>How much lower than the window the training process runs (Unix niceness). Which start of the training process it belongs to (a new process knows nothing of it).</extracomment>
            <translation>Dieses trainierte Netz ist nicht mehr geladen: Der Trainingsprozess wurde neu gestartet.</translation>
        </message>
        <message>
            <source>The training process did not answer within {seconds} s.</source>
            <extracomment>Set when the process has TensorFlow loaded and waits for requests. Counts the starts of the process. The language the process is to speak (see :meth:`set_language`); None: the one the window speaks (:func:`~nnstudio.core.i18n.current_language`) when it is started.</extracomment>
            <translation>Der Trainingsprozess hat nicht innerhalb von {seconds} s geantwortet.</translation>
        </message>
        <message>
            <source>{file} did not give a network.</source>
            <translation>{file} hat kein Netz geliefert.</translation>
        </message>
        <message>
            <source>The training process stopped unexpectedly (exit code {code}). It may have run out of memory: try a smaller network or batch size. Your project is unchanged; press Train to try again.</source>
            <translation>Der Trainingsprozess wurde unerwartet beendet (Exit-Code {code}). Vielleicht ist der Speicher ausgegangen: Probier ein kleineres Netz oder eine kleinere Batchgröße. Dein Projekt ist unverändert; drück auf „Trainieren“, um es noch einmal zu versuchen.</translation>
        </message>
        <message>
            <source>The training process stopped unexpectedly. It may have run out of memory: try a smaller network or batch size. Your project is unchanged; press Train to try again.</source>
            <translation>Der Trainingsprozess wurde unerwartet beendet. Vielleicht ist der Speicher ausgegangen: Probier ein kleineres Netz oder eine kleinere Batchgröße. Dein Projekt ist unverändert; drück auf „Trainieren“, um es noch einmal zu versuchen.</translation>
        </message>
        <message>
            <source>Something unexpected went wrong ({kind}): {error}</source>
            <extracomment>The data of the last run (or restore, or :meth:`prepare`), kept for the next one. The last run's compiled network, kept for the next run of the same network. The last run's starting weights, for a run asked to start the same.</extracomment>
            <translation>Etwas Unerwartetes ist schiefgegangen ({kind}): {error}</translation>
        </message>
        <message>
            <source>That trained network is no longer loaded: it was replaced by a newer run.</source>
            <translation>Dieses trainierte Netz ist nicht mehr geladen: Es wurde durch einen neueren Durchlauf ersetzt.</translation>
        </message>
    </context>
    <context>
        <name>TrainingReplay</name>
        <message>
            <source>the start, before any training</source>
            <extracomment>The test examples whose answers are recorded at every moment (the test set's first ones). Moments within the first epoch, as shares of its batches (when it has at least 8). Epoch ends recorded at most; a longer run records this many, spread evenly. Bytes of weights a run may record in all. The network being trained (a function: the engine may swap in a kept one).</extracomment>
            <translation>der Anfang, vor dem Training</translation>
        </message>
        <message>
            <source>the end of epoch {epoch}</source>
            <translation>das Ende von Epoche {epoch}</translation>
        </message>
        <message>
            <source>{share:.0%} into epoch {epoch}</source>
            <translation>Epoche {epoch}, zu {share:.0%} geschafft</translation>
        </message>
        <message>
            <source>The replay file {file} is missing.</source>
            <extracomment>A project's replay is written beside it as ``name.replay.npz`` (numpy's compressed format). The shape of one example as the network takes it (for laying out weight pictures). For data with two inputs: the plane shown and the examples on it (from the run's last decision boundary), so a saved replay draws the boundary too.</extracomment>
            <translation>Die Wiedergabedatei {file} fehlt.</translation>
        </message>
        <message>
            <source>The replay file {file} cannot be read: it is damaged or not a replay ({kind}).</source>
            <translation>Die Wiedergabedatei {file} kann nicht gelesen werden: Sie ist beschädigt oder keine Wiedergabe ({kind}).</translation>
        </message>
        <message>
            <source>The replay file {file} is not a complete replay (expected the moments' epochs, steps and arrays of matching lengths; {kind}: {error}).</source>
            <translation>Die Wiedergabedatei {file} ist keine vollständige Wiedergabe (erwartet werden Epochen, Schritte und Arrays der Momente mit passenden Längen; {kind}: {error}).</translation>
        </message>
    </context>
    <context>
        <name>Validate</name>
        <message>
            <source>a whole number from {low} to {high}</source>
            <extracomment>Index into ``project.layers`` of the layer to highlight, if any. The setting to highlight, if any. One entry per layer; None where the shape could not be worked out. What a setting accepts; it follows "must be" in a problem, or "Allowed:" in a tooltip.</extracomment>
            <translation>eine ganze Zahl von {low} bis {high}</translation>
        </message>
        <message>
            <source>a number from {low} to {high}</source>
            <translation>eine Zahl von {low} bis {high}</translation>
        </message>
        <message>
            <source>a whole number from {low} up to (but not including) {high}</source>
            <translation>eine ganze Zahl von {low} bis unter {high}</translation>
        </message>
        <message>
            <source>a number from {low} up to (but not including) {high}</source>
            <translation>eine Zahl von {low} bis unter {high}</translation>
        </message>
        <message>
            <source>a whole number above {low} and at most {high}</source>
            <translation>eine ganze Zahl über {low} und höchstens {high}</translation>
        </message>
        <message>
            <source>a number above {low} and at most {high}</source>
            <translation>eine Zahl über {low} und höchstens {high}</translation>
        </message>
        <message>
            <source>a whole number between {low} and {high}</source>
            <translation>eine ganze Zahl zwischen {low} und {high}</translation>
        </message>
        <message>
            <source>a number between {low} and {high}</source>
            <translation>eine Zahl zwischen {low} und {high}</translation>
        </message>
        <message>
            <source>a whole number of at least {low}</source>
            <translation>eine ganze Zahl von mindestens {low}</translation>
        </message>
        <message>
            <source>a number of at least {low}</source>
            <translation>eine Zahl von mindestens {low}</translation>
        </message>
        <message>
            <source>a whole number above {low}</source>
            <translation>eine ganze Zahl über {low}</translation>
        </message>
        <message>
            <source>a number above {low}</source>
            <translation>eine Zahl über {low}</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>wahr oder falsch</translation>
        </message>
        <message>
            <source>one of: {choices}</source>
            <translation>einer der Werte {choices}</translation>
        </message>
        <message>
            <source>a list of whole numbers of at least 1, one of which may be -1 to take the rest, such as 28, 28, 1</source>
            <translation>eine Liste ganzer Zahlen von mindestens 1, von denen eine -1 sein darf, um den Rest aufzufüllen, etwa 28, 28, 1</translation>
        </message>
        <message>
            <source>a list of whole numbers of at least 1, such as 28, 28, 1</source>
            <translation>eine Liste ganzer Zahlen von mindestens 1, etwa 28, 28, 1</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>{allowed}, or empty for '{none}'</source>
            <extracomment>{allowed}: what the setting accepts ("a whole number of at least 1"); {none}: what an empty setting means ("from the data").</extracomment>
            <translation>{allowed} oder leer für „{none}“</translation>
        </message>
        <message>
            <source>{where}: {setting} must be {allowed}. Received: {name}={value}.</source>
            <extracomment>{where}: the layer's title or the section ("Layer 3 (Dense)", "Data"); {setting}: the setting's label; {allowed}: what it accepts; {name}={value} stays as it is (the setting's Keras name and the value received).</extracomment>
            <translation>{where}: {setting} muss {allowed} sein. Erhalten: {name}={value}.</translation>
        </message>
        <message>
            <source>The network is empty: add an Input layer, then at least one Dense layer.</source>
            <translation>Das Netz ist leer: Füge eine Input-Schicht hinzu und dann mindestens eine Dense-Schicht.</translation>
        </message>
        <message>
            <source>{layer}: a name may use letters, digits, '_', '-' and '.', up to 64 of them. Received: name={name}.</source>
            <translation>{layer}: Ein Name darf aus Buchstaben, Ziffern, '_', '-' und '.' bestehen, höchstens 64 Zeichen. Erhalten: name={name}.</translation>
        </message>
        <message>
            <source>{layer}: the name {name} is already used by layer {other}. Expected a name of its own.</source>
            <translation>{layer}: Der Name {name} wird schon von Schicht {other} verwendet. Erwartet wird ein eigener Name.</translation>
        </message>
        <message>
            <source>{layer}: only the first layer can be an Input layer. Remove this one or move it to the top.</source>
            <translation>{layer}: Nur die erste Schicht darf eine Input-Schicht sein. Entferne diese hier oder verschiebe sie ganz nach oben.</translation>
        </message>
        <message>
            <source>{layer}: the first layer must be an Input layer, which says what one example looks like. Add an Input layer at the top.</source>
            <translation>{layer}: Die erste Schicht muss eine Input-Schicht sein; sie sagt, wie ein Beispiel aussieht. Füge oben eine Input-Schicht hinzu.</translation>
        </message>
        <message>
            <source>{layer}: {problem}</source>
            <extracomment>{problem}: a sentence from the "Shapes" context, in lower case ("its kernel of 5x5 ...").</extracomment>
            <translation>{layer}: {problem}</translation>
        </message>
        <message>
            <source>{layer}: its output would have no size left {shape}. Use a smaller window or padding 'same'.</source>
            <translation>{layer}: Von ihrer Ausgabe bliebe nichts übrig {shape}. Nimm ein kleineres Fenster oder Padding 'same'.</translation>
        </message>
        <message>
            <source>The network has no layer that learns: add a {first} (or {others}) layer, or there is nothing to train.</source>
            <translation>Das Netz hat keine Schicht, die lernt: Füge eine {first}-Schicht (oder {others}) hinzu, sonst gibt es nichts zu trainieren.</translation>
        </message>
        <message>
            <source>{layer}: the data gives examples of shape {data_shape}, but the Input layer expects {declared}. Set the shape to {values}, or leave it empty to take it from the data.</source>
            <translation>{layer}: Die Daten liefern Beispiele der Form {data_shape}, aber die Input-Schicht erwartet {declared}. Setze die Form auf {values} oder lass sie leer, um sie aus den Daten zu übernehmen.</translation>
        </message>
        <message>
            <source>The network's output has shape {shape}, but each example needs one row of class scores. Add a Flatten layer before the last Dense layer.</source>
            <translation>Die Ausgabe des Netzes hat die Form {shape}, aber jedes Beispiel braucht eine Zeile mit Klassenwerten. Füge vor der letzten Dense-Schicht eine Flatten-Schicht ein.</translation>
        </message>
        <message>
            <source>{layer}: the output layer has {units}, but the data has {classes} ({names}). Expected {expected}, or 1 sigmoid unit for a yes/no answer.</source>
            <translation>{layer}: Die Ausgabeschicht hat {units}, aber die Daten haben {classes} ({names}). Erwartet: {expected} oder 1 Sigmoid-Neuron für eine Ja/Nein-Antwort.</translation>
        </message>
        <message>
            <source>{layer}: the output layer has {units}, but the data has {classes} ({names}). Expected {expected}.</source>
            <translation>{layer}: Die Ausgabeschicht hat {units}, aber die Daten haben {classes} ({names}). Erwartet: {expected}.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n Neuron</numerusform>
                <numerusform>%n Neuronen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n class(es)</source>
            <translation>
                <numerusform>%n Klasse</numerusform>
                <numerusform>%n Klassen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s), one per class</source>
            <translation>
                <numerusform>%n Neuron, eins pro Klasse</numerusform>
                <numerusform>%n Neuronen, eins pro Klasse</numerusform>
            </translation>
        </message>
        <message>
            <source>{layer}: softmax on a single unit always outputs 1, so the network cannot learn anything. Use sigmoid for one yes/no output, or give the output 2 units with softmax.</source>
            <translation>{layer}: Softmax auf einem einzelnen Neuron gibt immer 1 aus, also kann das Netz nichts lernen. Nimm sigmoid für eine Ja/Nein-Ausgabe oder gib der Ausgabe 2 Neuronen mit softmax.</translation>
        </message>
        <message numerus="yes">
            <source>Binary cross-entropy scores a single yes/no answer, but the output layer has %n unit(s) that share one softmax. Use categorical cross-entropy for %n class(es), or one sigmoid unit.</source>
            <translation>
                <numerusform>Binäre Kreuzentropie bewertet eine einzelne Ja/Nein-Antwort, aber die Ausgabeschicht hat %n Neuron mit Softmax. Nimm kategoriale Kreuzentropie für %n Klasse oder ein Sigmoid-Neuron.</numerusform>
                <numerusform>Binäre Kreuzentropie bewertet eine einzelne Ja/Nein-Antwort, aber die Ausgabeschicht hat %n Neuronen, die sich ein Softmax teilen. Nimm kategoriale Kreuzentropie für %n Klassen oder ein Sigmoid-Neuron.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Binary cross-entropy scores a single yes/no answer, but the output layer has %n unit(s). Use categorical cross-entropy for %n class(es), or one sigmoid unit.</source>
            <translation>
                <numerusform>Binäre Kreuzentropie bewertet eine einzelne Ja/Nein-Antwort, aber die Ausgabeschicht hat %n Neuron. Nimm kategoriale Kreuzentropie für %n Klasse oder ein Sigmoid-Neuron.</numerusform>
                <numerusform>Binäre Kreuzentropie bewertet eine einzelne Ja/Nein-Antwort, aber die Ausgabeschicht hat %n Neuronen. Nimm kategoriale Kreuzentropie für %n Klassen oder ein Sigmoid-Neuron.</numerusform>
            </translation>
        </message>
        <message>
            <source>{loss} needs one output unit per class, but the output layer has 1 unit. Use binary cross-entropy with a sigmoid unit, or give the output one unit per class with softmax.</source>
            <translation>{loss} braucht ein Ausgabeneuron pro Klasse, aber die Ausgabeschicht hat 1 Neuron. Nimm binäre Kreuzentropie mit einem Sigmoid-Neuron oder gib der Ausgabe ein Neuron pro Klasse mit softmax.</translation>
        </message>
        <message>
            <source>{layer}: {loss} expects probabilities that sum to 1, but the last activation is {activation}. Expected softmax on the output layer.</source>
            <translation>{layer}: {loss} erwartet Wahrscheinlichkeiten, die zusammen 1 ergeben, aber die letzte Aktivierungsfunktion ist {activation}. Erwartet wird softmax in der Ausgabeschicht.</translation>
        </message>
        <message>
            <source>none</source>
            <comment>no activation</comment>
            <translation>keine</translation>
        </message>
        <message>
            <source>{layer}: binary cross-entropy expects a probability between 0 and 1, but the last activation is {activation}. Expected sigmoid on the output unit.</source>
            <translation>{layer}: Binäre Kreuzentropie erwartet eine Wahrscheinlichkeit zwischen 0 und 1, aber die letzte Aktivierungsfunktion ist {activation}. Erwartet wird sigmoid am Ausgabeneuron.</translation>
        </message>
        <message>
            <source>one-hot rows</source>
            <translation>One-hot-Zeilen</translation>
        </message>
        <message>
            <source>class numbers</source>
            <translation>Klassennummern</translation>
        </message>
        <message>
            <source>single 0/1 answers</source>
            <translation>einzelne 0/1-Antworten</translation>
        </message>
        <message>
            <source>The metric {metric} needs labels as {needed}, but with this loss and output the labels are {actual}. Use 'accuracy', which adapts to the loss.</source>
            <translation>Die Metrik {metric} braucht Labels als {needed}, aber mit diesem Verlust und dieser Ausgabe sind die Labels {actual}. Nimm 'accuracy', das sich an den Verlust anpasst.</translation>
        </message>
        <message>
            <source>The loss must be one of: {choices}. Received: {received}.</source>
            <translation>Der Verlust muss einer dieser Werte sein: {choices}. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>The optimizer must be one of: {choices}. Received: {received}.</source>
            <translation>Der Optimierer muss einer dieser Werte sein: {choices}. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>Optimizer {optimizer}</source>
            <extracomment>Where a problem is, before a colon: "Optimizer Adam: learning rate must be ...".</extracomment>
            <translation>Optimierer {optimizer}</translation>
        </message>
        <message>
            <source>The metric must be one of: {choices}. Received: {received}.</source>
            <translation>Die Metrik muss einer dieser Werte sein: {choices}. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>The dataset must be one of: {choices}. Received: {received}.</source>
            <translation>Der Datensatz muss einer dieser Werte sein: {choices}. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>Choose a file for {dataset}.</source>
            <translation>Wähle eine Datei für {dataset}.</translation>
        </message>
        <message>
            <source>Choose which column of the CSV file holds the label.</source>
            <translation>Wähle aus, welche Spalte der CSV-Datei das Label enthält.</translation>
        </message>
        <message>
            <source>The preprocessing must be one of: {choices}. Received: {received}.</source>
            <translation>Die Vorverarbeitung muss einer dieser Werte sein: {choices}. Erhalten: {received}.</translation>
        </message>
        <message>
            <source>Data</source>
            <extracomment>Where a problem is, before a colon: "Data: validation share must be ...".</extracomment>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
    </context>
    <context>
        <name>VerifyExport</name>
        <message>
            <source>{folder} is not an exported project folder: expected one Python script in it, found {count}.</source>
            <extracomment>What the exported script prints when the short run got through (training.run_exported). These three are read back from the output, so they stay in English whatever the language. What the network guard's error says (found in the output: a download was tried). One sentence for the student. What the script printed (its output and errors), for a closer look.</extracomment>
            <translation>{folder} ist kein exportierter Projektordner: Erwartet wird genau ein Python-Skript darin, gefunden wurden {count}.</translation>
        </message>
        <message>
            <source>{script} did not finish within {seconds:.0f} seconds.</source>
            <translation>{script} ist nicht innerhalb von {seconds:.0f} Sekunden fertig geworden.</translation>
        </message>
        <message>
            <source>{script} ran offline from a copy of the folder: it read its data, trained one short epoch and tested ({seconds:.0f} s).</source>
            <translation>{script} lief offline aus einer Kopie des Ordners: Es hat seine Daten gelesen, eine kurze Epoche trainiert und getestet ({seconds:.0f} s).</translation>
        </message>
        <message>
            <source>{script} tried to download something instead of reading its data from the folder, so it would not run offline.</source>
            <translation>{script} hat versucht, etwas herunterzuladen, statt seine Daten aus dem Ordner zu lesen, und würde deshalb offline nicht laufen.</translation>
        </message>
        <message>
            <source>no output</source>
            <translation>keine Ausgabe</translation>
        </message>
        <message>
            <source>{script} failed when run on its own (exit {code}): {error}</source>
            <translation>{script} ist bei einer eigenständigen Ausführung fehlgeschlagen (Exit-Code {code}): {error}</translation>
        </message>
        <message>
            <source>{script} is not a Python file</source>
            <translation>{script} ist keine Python-Datei</translation>
        </message>
        <message numerus="yes">
            <source>{train} training and {test} test examples read; training on the first {first} for %n epoch(s)</source>
            <translation>
                <numerusform>{train} Trainings- und {test} Testbeispiele gelesen; Training mit den ersten {first} für %n Epoche</numerusform>
                <numerusform>{train} Trainings- und {test} Testbeispiele gelesen; Training mit den ersten {first} für %n Epochen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Window</name>
        <message>
            <source>nnstudio projects (*.nnproj);;All files (*)</source>
            <extracomment>From this width of the screen's free area on (logical pixels), the layer palette and the stack sit side by side; below it, one above the other. Room a dock's tab takes beyond its title's text (margins and frame), in pixels. The layer stack's (and palette's) narrowest first width, when longer words need the room. Room left for the window's title bar when the first size is chosen. File dialogs' filters (translated where used: ``translate("Window", PROJECT_FILTER)``).</extracomment>
            <translation>nnstudio-Projekte (*.nnproj);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>nnstudio lessons (*.nnlesson);;All files (*)</source>
            <translation>nnstudio-Lektionen (*.nnlesson);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>First answer the lesson's question, then train.</source>
            <extracomment>Emitted when a run is about to start (passed on from the training controller). The training process (TensorFlow lives there, never in the window's process). "about 38 s to train here", once the Analysis tab has measured it. The run whose replay the Training tab holds (saved beside the project with it). Whether the docks got their first sizes, and whether a saved layout was restored. A run's results, shown when the Results tab is first looked at. A run's network, followed when the Inside tab is first looked at.</extracomment>
            <translation>Beantworte zuerst die Frage der Lektion, dann trainiere.</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stoppen</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>Trainieren</translation>
        </message>
        <message>
            <source>Stop after the current batch, keeping what was learned</source>
            <translation>Nach dem aktuellen Batch aufhören und behalten, was bis dahin gelernt wurde</translation>
        </message>
        <message>
            <source>Train this network on its data</source>
            <translation>Dieses Netz mit seinen Daten trainieren</translation>
        </message>
        <message>
            <source>Cannot train yet: {reason}</source>
            <translation>Training noch nicht möglich: {reason}</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Training… draw here once it has finished.</source>
            <translation>Training läuft … Zeichne hier, sobald es fertig ist.</translation>
        </message>
        <message>
            <source>Training… look inside the network once it has finished.</source>
            <translation>Training läuft … Schau ins Netz hinein, sobald es fertig ist.</translation>
        </message>
        <message>
            <source>The project is saved, but its replay could not be written ({error}).</source>
            <translation>Das Projekt ist gespeichert, aber seine Wiedergabe konnte nicht geschrieben werden ({error}).</translation>
        </message>
        <message>
            <source>{error} The curves are shown without it.</source>
            <translation>{error} Die Kurven werden ohne Wiedergabe angezeigt.</translation>
        </message>
        <message>
            <source>This run did not leave a network to ask; train again, then draw here.</source>
            <translation>Dieser Durchlauf hat kein Netz hinterlassen, das du fragen kannst; trainiere noch einmal und zeichne dann hier.</translation>
        </message>
        <message>
            <source>This run did not leave a network to look inside; train again, then look here.</source>
            <translation>Dieser Durchlauf hat kein Netz hinterlassen, in das du hineinschauen kannst; trainiere noch einmal und schau dann hier.</translation>
        </message>
        <message>
            <source>Neuron {number}: once training has finished, clicking it shows its arithmetic in the Inside tab.</source>
            <translation>Neuron {number}: Wenn das Training fertig ist, zeigt ein Klick darauf seine Rechnung im Tab „Innenansicht“.</translation>
        </message>
        <message>
            <source>Layer palette</source>
            <translation>Schichtpalette</translation>
        </message>
        <message>
            <source>Layer stack</source>
            <translation>Schichtstapel</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>Layer settings</source>
            <translation>Schichteinstellungen</translation>
        </message>
        <message>
            <source>Loss and optimizer</source>
            <translation>Verlust und Optimierer</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Daten</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Probleme</translation>
        </message>
        <message>
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <source>Keras code</source>
            <translation>Keras-Code</translation>
        </message>
        <message>
            <source>Data preview</source>
            <translation>Datenvorschau</translation>
        </message>
        <message>
            <source>Hold training after the current batch, to look closely</source>
            <translation>Das Training nach dem aktuellen Batch anhalten, um genau hinzuschauen</translation>
        </message>
        <message>
            <source>Same start as the last run</source>
            <translation>Gleicher Start wie beim letzten Durchlauf</translation>
        </message>
        <message>
            <source>Train from the starting weights of the last run, for every layer you did not change, so that your change is the only difference between the two runs. A layer whose size changed (and the one after it) starts new.</source>
            <translation>Mit den Startgewichten des letzten Durchlaufs trainieren, für jede Schicht, die du nicht geändert hast, sodass deine Änderung der einzige Unterschied zwischen den beiden Durchläufen ist. Eine Schicht, deren Größe sich geändert hat (und die Schicht danach), startet neu.</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netz</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>Durchläufe</translation>
        </message>
        <message>
            <source>Compare the runs kept with the project, and go back to one</source>
            <translation>Die im Projekt gespeicherten Durchläufe vergleichen und zu einem davon zurückkehren</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Ergebnisse</translation>
        </message>
        <message>
            <source>Draw a digit</source>
            <translation>Ziffer zeichnen</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>Innenansicht</translation>
        </message>
        <message>
            <source>Follow one example through the trained network, down to a neuron's arithmetic</source>
            <translation>Ein Beispiel durch das trainierte Netz verfolgen, bis hinunter zur Rechnung eines Neurons</translation>
        </message>
        <message>
            <source>&amp;New empty network</source>
            <extracomment>The panels' layout while another tab than Network hides them.</extracomment>
            <translation>&amp;Neues leeres Netz</translation>
        </message>
        <message>
            <source>Start from an empty layer stack</source>
            <translation>Mit einem leeren Schichtstapel beginnen</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>Ö&amp;ffnen …</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Speichern &amp;unter …</translation>
        </message>
        <message>
            <source>Export Keras &amp;script…</source>
            <translation>&amp;Keras-Skript exportieren …</translation>
        </message>
        <message>
            <source>Write a Python script that builds and trains this network with Keras</source>
            <translation>Ein Python-Skript schreiben, das dieses Netz mit Keras baut und trainiert</translation>
        </message>
        <message>
            <source>Export Jupyter &amp;notebook…</source>
            <translation>&amp;Jupyter-Notebook exportieren …</translation>
        </message>
        <message>
            <source>&amp;Import network…</source>
            <translation>Netz &amp;importieren …</translation>
        </message>
        <message>
            <source>Put a network from a .keras file, a Keras script or a notebook on the canvas</source>
            <translation>Ein Netz aus einer .keras-Datei, einem Keras-Skript oder einem Notebook auf die Arbeitsfläche holen</translation>
        </message>
        <message>
            <source>Export project &amp;folder…</source>
            <translation>Projekt&amp;ordner exportieren …</translation>
        </message>
        <message>
            <source>A folder with the script, the notebook, the data and requirements.txt, ready to copy to another computer and run offline</source>
            <translation>Ein Ordner mit dem Skript, dem Notebook, den Daten und requirements.txt, fertig zum Kopieren auf einen anderen Computer, um es dort ohne Internet auszuführen</translation>
        </message>
        <message>
            <source>Save trained &amp;model…</source>
            <translation>Trainiertes &amp;Modell speichern …</translation>
        </message>
        <message>
            <source>Save the trained network as a Keras .keras file (keras.models.load_model reads it)</source>
            <translation>Das trainierte Netz als Keras-Datei (.keras) speichern (keras.models.load_model kann sie lesen)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;About nnstudio</source>
            <translation>&amp;Über nnstudio</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>&amp;Log-Ordner öffnen</translation>
        </message>
        <message>
            <source>&amp;Reset layout</source>
            <translation>Layout &amp;zurücksetzen</translation>
        </message>
        <message>
            <source>&amp;Presentation</source>
            <translation>&amp;Präsentation</translation>
        </message>
        <message>
            <source>Full screen, larger text, thicker lines and bigger markers, for a projector</source>
            <translation>Vollbild, größere Schrift, dickere Linien und größere Markierungen, für einen Beamer</translation>
        </message>
        <message>
            <source>&amp;Start page…</source>
            <translation>&amp;Startseite …</translation>
        </message>
        <message>
            <source>The built-in lessons and challenges, with their level and minutes</source>
            <translation>Die eingebauten Lektionen und Challenges, mit Niveau und Dauer in Minuten</translation>
        </message>
        <message>
            <source>Open &amp;lesson…</source>
            <translation>&amp;Lektion öffnen …</translation>
        </message>
        <message>
            <source>Start a lesson or a challenge from a teacher's .nnlesson file</source>
            <translation>Eine Lektion oder Challenge aus der .nnlesson-Datei einer Lehrkraft starten</translation>
        </message>
        <message>
            <source>&amp;Continue the lesson</source>
            <translation>Lektion &amp;fortsetzen</translation>
        </message>
        <message>
            <source>Show the lesson this project belongs to again</source>
            <translation>Die Lektion, zu der dieses Projekt gehört, wieder anzeigen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>New from &amp;template</source>
            <translation>Neu aus &amp;Vorlage</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Text size</source>
            <translation>&amp;Textgröße</translation>
        </message>
        <message>
            <source>&amp;Learn</source>
            <translation>&amp;Lernen</translation>
        </message>
        <message>
            <source>{lesson} ({minutes} min)</source>
            <translation>{lesson} ({minutes} min)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>not saved yet</source>
            <translation>noch nicht gespeichert</translation>
        </message>
        <message>
            <source>{project} ({where})[*] — nnstudio</source>
            <translation>{project} ({where})[*] — nnstudio</translation>
        </message>
        <message>
            <source>{total:,} weights and biases to learn, {expected_time}</source>
            <translation>{total:,} Gewichte und Bias-Werte zu lernen, {expected_time}</translation>
        </message>
        <message>
            <source>{total:,} weights and biases to learn</source>
            <translation>{total:,} Gewichte und Bias-Werte zu lernen</translation>
        </message>
        <message>
            <source>{total:,} weights and biases so far (some shapes unknown)</source>
            <translation>bisher {total:,} Gewichte und Bias-Werte (manche Formen unbekannt)</translation>
        </message>
        <message>
            <source>&amp;Colours</source>
            <translation>&amp;Farben</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>As the computer (system)</source>
            <translation>Wie der Computer (System)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The language can change when this run has ended. Stop it or let it finish, then choose the language again.</source>
            <translation>Die Sprache lässt sich ändern, wenn dieser Durchlauf zu Ende ist. Stoppe ihn oder lass ihn fertig laufen und wähle dann die Sprache noch einmal.</translation>
        </message>
        <message>
            <source>Presentation: press F11 or Esc to end it.</source>
            <translation>Präsentation: Drück F11 oder Esc, um sie zu beenden.</translation>
        </message>
        <message>
            <source>The lesson kept in this project cannot be read; the project opens without it.</source>
            <translation>Die Lektion in diesem Projekt kann nicht gelesen werden; das Projekt wird ohne sie geöffnet.</translation>
        </message>
        <message>
            <source>This project was made in the lesson “{title}”, which this nnstudio does not have.</source>
            <translation>Dieses Projekt wurde in der Lektion „{title}“ erstellt, die es in diesem nnstudio nicht gibt.</translation>
        </message>
        <message>
            <source>Lesson: {title}. Read the Lesson panel.</source>
            <translation>Lektion: {title}. Lies den Bereich Lektion.</translation>
        </message>
        <message>
            <source>Open a lesson</source>
            <translation>Eine Lektion öffnen</translation>
        </message>
        <message>
            <source>Cannot open the lesson</source>
            <translation>Die Lektion kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save the changes to “{project}” first?</source>
            <translation>Änderungen an „{project}“ vorher speichern?</translation>
        </message>
        <message>
            <source>Untitled</source>
            <translation>Unbenannt</translation>
        </message>
        <message>
            <source>Open a project</source>
            <translation>Ein Projekt öffnen</translation>
        </message>
        <message>
            <source>Cannot open the project</source>
            <translation>Das Projekt kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Save the project</source>
            <translation>Das Projekt speichern</translation>
        </message>
        <message>
            <source>Cannot save the project</source>
            <translation>Das Projekt kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>{file} gespeichert</translation>
        </message>
        <message>
            <source>Save the trained network</source>
            <translation>Das trainierte Netz speichern</translation>
        </message>
        <message>
            <source>Keras models (*.keras)</source>
            <translation>Keras-Modelle (*.keras)</translation>
        </message>
        <message>
            <source>Jupyter notebook (*.ipynb)</source>
            <translation>Jupyter-Notebook (*.ipynb)</translation>
        </message>
        <message>
            <source>Python script (*.py)</source>
            <translation>Python-Skript (*.py)</translation>
        </message>
        <message>
            <source>Export Keras code</source>
            <translation>Keras-Code exportieren</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>Export nicht möglich</translation>
        </message>
        <message>
            <source>Exported {path}</source>
            <translation>{path} exportiert</translation>
        </message>
        <message>
            <source>Import a network</source>
            <translation>Ein Netz importieren</translation>
        </message>
        <message>
            <source>Keras networks (*.keras *.py *.ipynb);;All files (*)</source>
            <translation>Keras-Netze (*.keras *.py *.ipynb);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Nothing imported</source>
            <translation>Nichts importiert</translation>
        </message>
        <message>
            <source>Imported {file}. {notes}</source>
            <translation>{file} importiert. {notes}</translation>
        </message>
        <message>
            <source>Imported {file}.</source>
            <translation>{file} importiert.</translation>
        </message>
        <message>
            <source>Export the project folder into…</source>
            <translation>Projektordner exportieren nach …</translation>
        </message>
        <message>
            <source>No recent projects</source>
            <translation>Keine zuletzt geöffneten Projekte</translation>
        </message>
        <message>
            <source>About nnstudio</source>
            <translation>Über nnstudio</translation>
        </message>
        <message>
            <source>&lt;p&gt;Learn neural networks by building them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Lerne neuronale Netze kennen, indem du sie baust.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;The MNIST database of handwritten digits is by Yann LeCun and Corinna Cortes (with Christopher J.C. Burges), made available under the Creative Commons Attribution-Share Alike 3.0 licence (CC BY-SA 3.0); a copy ships with nnstudio.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Die MNIST-Datenbank handgeschriebener Ziffern stammt von Yann LeCun und Corinna Cortes (mit Christopher J.C. Burges) und steht unter der Lizenz Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 3.0 (CC BY-SA 3.0); eine Kopie wird mit nnstudio mitgeliefert.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Built with Qt (PySide6), pyqtgraph, numpy, TensorFlow and Keras.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Erstellt mit Qt (PySide6), pyqtgraph, numpy, TensorFlow und Keras.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;Settings and logs: {folder}&lt;/p&gt;</source>
            <translation>&lt;p&gt;Einstellungen und Logs: {folder}&lt;/p&gt;</translation>
        </message>
    </context>
</TS>
