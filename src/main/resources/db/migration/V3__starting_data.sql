-- The starting catalog of a Spanish outpatient clinic and its doctors.
-- VAT (IVA): medical care by health professionals is exempt (Ley 37/1992, art. 20.Uno.3), so
-- consultations, tests and nursing are at 0 %. Certificates and reports that are not for the
-- patient's health care (driving licence, sports, insurers) are taxed at 21 %; dressings and
-- sanitary material sold to the patient at 10 %.
INSERT INTO catalog_services (code, name, price, tax_rate) VALUES
    ('CONS-MG',   'Consulta de medicina general',                        45.00,  0),
    ('CONS-ESP',  'Consulta de especialista',                            70.00,  0),
    ('CONS-REV',  'Consulta de revisión',                                35.00,  0),
    ('ECG',       'Electrocardiograma',                                  40.00,  0),
    ('ANA-SANG',  'Análisis de sangre (hemograma y bioquímica)',         30.00,  0),
    ('ANA-ORINA', 'Análisis de orina',                                   15.00,  0),
    ('RX-TORAX',  'Radiografía de tórax',                                35.00,  0),
    ('ECO-ABD',   'Ecografía abdominal',                                 80.00,  0),
    ('ESPIRO',    'Espirometría',                                        45.00,  0),
    ('CURA',      'Cura de enfermería',                                  20.00,  0),
    ('VAC-GRIPE', 'Vacuna antigripal (administración)',                  25.00,  0),
    ('CERT-MED',  'Certificado médico (conducir, deportivo, oposiciones)', 30.00, 21),
    ('INF-SEG',   'Informe médico para aseguradora',                     60.00, 21),
    ('MAT-CURA',  'Material de curas (apósitos y vendas)',               6.50, 10);

INSERT INTO doctors (given_names, first_surname, second_surname, specialty, licence_number) VALUES
    ('María José', 'Fernández',  'Núñez',     'Medicina familiar y comunitaria', '282856431'),
    ('Jordi',      'Puig',       'Soler',     'Cardiología',                     '080843917'),
    ('Lucía',      'Ortega',     'Peña',      'Pediatría',                       '282861275'),
    ('Íñigo',      'Etxeberria', 'Arrieta',   'Dermatología',                    '200712468'),
    ('Ana Belén',  'Sánchez',    'de la Torre', 'Medicina interna',              '410935802');
